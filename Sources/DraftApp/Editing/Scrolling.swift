import DraftCore

/// Scroll and selection commands. Positions are kept as anchors (a block and a row in it) so a
/// long transcript scrolls by touching only the messages on screen.
enum Scrolling {
    static func scroll(_ command: Command, state: inout AppState) {
        if let overlay = state.overlay {
            let delta = rows(command, page: max(1, state.height - 6))
            switch overlay {
            case .help(let offset):
                let last = HelpOverlay.lastScroll(
                    HelpOverlay.lines(for: state), screenWidth: state.width, screenHeight: state.height)
                state.overlay = .help(scroll: min(max(0, offset + delta), last))
            case .diff(let title, let lines, let offset):
                let last = HelpOverlay.lastScroll(lines, screenWidth: state.width, screenHeight: state.height)
                state.overlay = .diff(title: title, lines: lines, scroll: min(max(0, offset + delta), last))
            }
            return
        }
        let pane = state.focus
        guard let area = PaneGeometry.scrollArea(for: pane, in: state), area.height > 0,
            let scroller = PaneContent.scroller(for: pane, in: state, width: area.width)
        else { return }
        switch command {
        case .scrollHome: state.scroll[pane] = .top
        case .scrollEnd: state.scroll[pane] = pane == .transcript ? nil : scroller.lastTop(height: area.height)
        default: scroll(pane, byRows: rows(command, page: area.height - 1), state: &state)
        }
    }

    /// Moves a pane's view by rows (the wheel moves the pane under the pointer, whatever has
    /// the focus). The body's view moves without its cursor, which the next edit brings back.
    static func scroll(_ pane: Pane, byRows rows: Int, state: inout AppState) {
        guard let area = PaneGeometry.scrollArea(for: pane, in: state), area.height > 0 else { return }
        let scroller: BlockScroller
        if pane == .body, let editor = state.editors[.body] {
            let layout = EditorLayout(width: area.width)
            scroller = BlockScroller(count: editor.lines.count) {
                Array(repeating: [], count: layout.rows(editor, line: $0).count)
            }
        } else if let content = PaneContent.scroller(for: pane, in: state, width: area.width) {
            scroller = content
        } else {
            return
        }
        let follows = pane == .transcript
        state.scroll[pane] = scroller.scrolled(
            state.scroll[pane] ?? (follows ? nil : .top), by: rows, height: area.height, followsEnd: follows)
        if pane == .body { keepCursorInView(area: area, state: &state) }
    }

    /// After the body's view moved: a cursor it left behind comes to its nearest row on screen,
    /// as in vim (a selection goes along).
    private static func keepCursorInView(area: Rect, state: inout AppState) {
        guard let editor = state.editors[.body] else { return }
        let rows = BodyRows.rows(editor, anchor: state.scroll[.body] ?? .top, width: area.width, height: area.height)
        guard let first = rows.first, let last = rows.last else { return }
        let layout = EditorLayout(width: area.width)
        let here = layout.locate(editor.cursor, in: editor)
        let cursorRow = ScrollAnchor(block: editor.cursor.line, row: here.row)
        let target: BodyRows.Row
        if cursorRow < ScrollAnchor(block: first.line, row: first.index) {
            target = first
        } else if cursorRow > ScrollAnchor(block: last.line, row: last.index) {
            target = last
        } else {
            return
        }
        let goal = editor.goalColumn ?? here.column
        let position = layout.position(in: editor, line: target.line, row: target.index, column: goal)
        if editor.anchor != nil {
            state.editors[.body]?.extendSelection { $0.place(position, goalColumn: goal) }
        } else {
            state.editors[.body]?.place(position, goalColumn: goal)
        }
    }

    /// How many rows a scroll command moves, given a page.
    private static func rows(_ command: Command, page: Int) -> Int {
        switch command {
        case .scrollUp: -1
        case .scrollDown: 1
        case .pageUp: -page
        case .pageDown: page
        default: 0
        }
    }

    /// Moves the choice of a list (the focused pane's, unless another is named: the wheel).
    static func select(_ delta: Int, state: inout AppState, in named: Pane? = nil) {
        guard let session = state.base else { return }
        let pane = named ?? state.focus
        if pane == .skeleton, let browse = state.skeletonBrowse {
            state.skeletonBrowse = min(max(0, browse + delta), max(0, session.skeletonHistory.count - 1))
            state.scroll[.skeleton] = nil
            return
        }
        switch pane {
        case .examples:
            let count = state.exampleOrder.count
            state.selectedExample = min(max(0, state.selectedExample + delta), max(0, count - 1))
        case .history:
            let count = session.draftHistory.count
            state.selectedHistory = min(max(0, state.selectedHistory + delta), max(0, count - 1))
        default:
            return
        }
        state.scroll[pane] = nil
    }
}
