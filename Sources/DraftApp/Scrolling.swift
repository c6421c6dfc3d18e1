import DraftCore

/// Scroll and selection commands. Positions are kept as anchors (a block and a row in it) so a
/// long transcript scrolls by touching only the messages on screen.
enum Scrolling {
    static func scroll(_ command: Command, state: inout AppState) {
        if let overlay = state.overlay {
            let delta = rows(command, page: max(1, state.height - 6))
            switch overlay {
            case .help(let offset):
                let last = HelpOverlay.lastScroll(HelpOverlay.lines(for: state), screenWidth: state.width, screenHeight: state.height)
                state.overlay = .help(scroll: min(max(0, offset + delta), last))
            case .diff(let title, let lines, let offset):
                let last = HelpOverlay.lastScroll(lines, screenWidth: state.width, screenHeight: state.height)
                state.overlay = .diff(title: title, lines: lines, scroll: min(max(0, offset + delta), last))
            }
            return
        }
        let pane = state.focus
        let isList = pane == .examples || pane == .history
        guard let area = PaneGeometry.scrollArea(for: pane, in: state), area.height > 0,
              let scroller = isList ? PaneContent.detailScroller(for: pane, in: state, width: area.width)
                                    : PaneContent.scroller(for: pane, in: state, width: area.width)
        else { return }
        let follows = pane == .transcript
        let current = isList ? state.detailScroll[pane] : state.scroll[pane]
        let anchor: ScrollAnchor? = switch command {
        case .scrollHome: .top
        case .scrollEnd: follows ? nil : scroller.lastTop(height: area.height)
        default: scroller.scrolled(current ?? (follows ? nil : .top), by: rows(command, page: area.height - 1),
                                   height: area.height, followsEnd: follows)
        }
        if isList { state.detailScroll[pane] = anchor } else { state.scroll[pane] = anchor }
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

    static func select(_ delta: Int, state: inout AppState) {
        guard let session = state.base else { return }
        if state.focus == .skeleton, let browse = state.skeletonBrowse {
            state.skeletonBrowse = min(max(0, browse + delta), max(0, session.skeletonHistory.count - 1))
            state.scroll[.skeleton] = nil
            return
        }
        switch state.focus {
        case .examples:
            let count = session.generatedExamples.count
            state.selectedExample = min(max(0, state.selectedExample + delta), max(0, count - 1))
        case .history:
            let count = session.draftHistory.count
            state.selectedHistory = min(max(0, state.selectedHistory + delta), max(0, count - 1))
        default:
            return
        }
        state.detailScroll[state.focus] = nil
    }
}
