import DraftCore

/// Where a mouse drag started: in a text field, at a position of its text as it was (an edit
/// since ends the drag); in a reading pane, at a cell of its view.
enum MouseDrag: Equatable, Sendable {
    /// `revision` names the text the drag started in (an edit since ends the drag); as a name, not
    /// a part of the text, it is left out of `==`.
    case text(Pane, TextPosition, revision: NotCompared<Int>)
    case reading(Pane, CellPoint)
}

/// Clicks, drags and the wheel on the session screen: a click focuses the pane or tab under it
/// and puts the cursor where it points, a drag selects, a double-click selects a word (a triple
/// the line), the wheel scrolls the pane under the pointer without moving the focus, and a click
/// on a prompt's answer answers it. Anything outside every pane is ignored. What is in front of
/// the panes (a box, a prompt) gets the mouse first: see `LayerInput`.
enum MouseUpdate {
    static let wheelRows = 3

    /// The mouse on the session screen, nothing in front of it.
    static func handle(_ event: MouseEvent, state: inout AppState) -> [Effect] {
        guard state.layout.mode != .tooSmall else { return [] }
        let point = CellPoint(x: event.x, y: event.y)
        switch event.kind {
        case .wheelUp, .wheelDown:
            wheel(up: event.kind == .wheelUp, at: point, state: &state)
        case .press(let clicks) where event.button == 0:
            press(at: point, clicks: clicks, extending: event.modifiers.contains(.shift), state: &state)
        case .drag where event.button == 0:
            drag(to: point, state: &state)
        case .release:
            state.mouseDrag = nil
        default:
            break
        }
        return []
    }

    /// A click on the footer while a prompt asks: the answer under it, as its key would give it.
    static func answer(_ prompt: Prompt, at point: CellPoint, state: inout AppState) -> [Effect] {
        let layout = state.layout
        let footer = layout.footer
        guard layout.mode != .tooSmall, footer.contains(x: point.x, y: point.y),
            let line = FooterView.promptLine(state),
            let answer = FooterView.layout(line, area: footer).answers.first(where: { $0.columns.contains(point.x) })
        else { return [] }
        return PromptUpdate.answer(answer.answer, to: prompt, state: &state)
    }

    private static func press(at point: CellPoint, clicks: Int, extending: Bool, state: inout AppState) {
        guard let slot = state.layout.slots.first(where: { $0.frame.contains(x: point.x, y: point.y) }) else { return }
        state.mouseDrag = nil
        state.readingSelection = nil
        if point.y == slot.frame.y, case .boxed = slot.style {
            let note = PaneFrame.note(for: slot.pane, in: state)
            if let title = PaneFrame.titles(slot, note: note).first(where: { $0.columns.contains(point.x) }) {
                state.focus(title.pane)
            }
            return
        }
        let pane = slot.pane
        state.focus(pane)
        if let area = textArea(pane, containing: point, state: state),
            let position = position(in: pane, at: point, area: area, state: state)
        {
            place(in: pane, at: position, clicks: clicks, extending: extending, state: &state)
            return
        }
        if pane == .examples || pane == .history, let list = listArea(pane, state: state),
            list.contains(x: point.x, y: point.y)
        {
            let count =
                pane == .examples ? state.exampleOrder.count : state.base?.draftHistory.count ?? 0
            let selected = pane == .examples ? state.selectedExample : state.selectedHistory
            let index =
                PaneGeometry.firstListRow(selected: selected, count: count, height: list.height) + point.y - list.y
            guard index < count else { return }
            Scrolling.select(index - selected, state: &state)
            return
        }
        if let area = PaneGeometry.scrollArea(for: pane, in: state), area.contains(x: point.x, y: point.y) {
            state.mouseDrag = .reading(pane, point)
        }
    }

    /// A click in a text field: the cursor there, or a word or line selected, or (with Shift)
    /// the selection taken there.
    private static func place(
        in pane: Pane, at position: TextPosition, clicks: Int, extending: Bool, state: inout AppState
    ) {
        guard var editor = state.editors[pane] else { return }
        if clicks >= 3 {
            editor.select(
                from: TextPosition(line: position.line, offset: 0),
                to: TextPosition(line: position.line, offset: editor.lines[position.line].utf8.count))
        } else if clicks == 2 {
            let word = editor.word(at: position)
            word.isEmpty
                ? editor.place(position, goalColumn: nil) : editor.select(from: word.lowerBound, to: word.upperBound)
        } else if extending {
            editor.extendSelection { $0.place(position, goalColumn: nil) }
        } else {
            editor.place(position, goalColumn: nil)
        }
        state.mouseDrag = .text(pane, editor.anchor ?? position, revision: NotCompared(wrappedValue: editor.revision))
        state.editors[pane] = editor
    }

    private static func drag(to point: CellPoint, state: inout AppState) {
        switch state.mouseDrag {
        case .text(let pane, let origin, let revision)?:
            guard state.editors[pane]?.revision == revision.wrappedValue,
                let area = PaneGeometry.textArea(for: pane, in: state),
                let position = position(in: pane, at: point, area: area, state: state)
            else { return }
            state.editors[pane]?.select(from: origin, to: position)
        case .reading(let pane, let origin)?:
            guard let area = PaneGeometry.scrollArea(for: pane, in: state) else { return }
            let end = CellPoint(
                x: min(max(area.x, point.x), area.maxX - 1), y: min(max(area.y, point.y), area.maxY - 1))
            state.readingSelection = ReadingSelection(pane: pane, start: origin, end: end, state: state)
        case nil:
            break
        }
    }

    private static func wheel(up: Bool, at point: CellPoint, state: inout AppState) {
        guard let slot = state.layout.slots.first(where: { $0.frame.contains(x: point.x, y: point.y) }) else { return }
        let pane = slot.pane
        if pane == .examples || pane == .history, let list = listArea(pane, state: state),
            list.contains(x: point.x, y: point.y)
        {
            Scrolling.select(up ? -1 : 1, state: &state, in: pane)
            return
        }
        state.readingSelection = nil
        Scrolling.scroll(pane, byRows: up ? -wheelRows : wheelRows, state: &state)
    }

    /// The text area of a field under the pointer: a title, subject or body's content, or the
    /// transcript's composer line.
    private static func textArea(_ pane: Pane, containing point: CellPoint, state: AppState) -> Rect? {
        guard pane.isTextField || pane == .transcript, let area = PaneGeometry.textArea(for: pane, in: state) else {
            return nil
        }
        let row = Rect(
            x: area.x - (pane == .transcript ? 2 : 0), y: area.y, width: area.width + (pane == .transcript ? 2 : 0),
            height: area.height)
        return row.contains(x: point.x, y: point.y) ? area : nil
    }

    private static func listArea(_ pane: Pane, state: AppState) -> Rect? {
        guard let slot = state.layout.slot(for: pane) else { return nil }
        let count = pane == .examples ? state.base?.generatedExamples.count ?? 0 : state.base?.draftHistory.count ?? 0
        return count == 0 ? nil : PaneGeometry.split(slot.content, itemCount: count).list
    }

    /// The position of the grapheme drawn under a point of a text field (a wide character's
    /// either half), kept within the field: above its rows is their start, below them the end.
    static func position(in pane: Pane, at point: CellPoint, area: Rect, state: AppState) -> TextPosition? {
        guard let editor = state.editors[pane], !area.isEmpty else { return nil }
        guard pane == .body || pane == .transcript else {
            let window = SingleLineWindow(editor, width: area.width)
            return TextPosition(
                line: 0, offset: window.offset(atColumn: point.x - area.x - window.indent, in: editor.lines[0]))
        }
        let anchor =
            pane == .body
            ? state.scroll[.body] ?? .top : Composer.anchor(editor, width: area.width, height: area.height)
        let rows = BodyRows.rows(editor, anchor: anchor, width: area.width, height: area.height)
        guard !rows.isEmpty else { return .start }
        let offset = point.y - area.y
        if offset < 0 { return TextPosition(line: rows[0].line, offset: rows[0].bytes.lowerBound) }
        let row = rows[min(offset, rows.count - 1)]
        let column = offset >= rows.count ? Int.max : max(0, point.x - area.x)
        return EditorLayout(width: area.width).position(in: editor, line: row.line, row: row.index, column: column)
    }
}
