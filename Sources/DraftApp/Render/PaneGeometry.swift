import DraftCore

/// How the inside of a pane is divided, shared by the views that draw it and the update that
/// scrolls it.
enum PaneGeometry {
    /// Examples and History: a list on top (a third of the pane, at least three rows), a rule,
    /// the selected item below.
    static func split(_ content: Rect, itemCount: Int) -> (list: Rect, rule: Rect, detail: Rect) {
        let listHeight = min(max(1, itemCount), max(3, content.height / 3), max(0, content.height - 2))
        let list = Rect(x: content.x, y: content.y, width: content.width, height: listHeight)
        let rule = Rect(x: content.x, y: content.y + listHeight, width: content.width, height: 1)
        let detail = Rect(x: content.x, y: rule.maxY, width: content.width, height: content.height - listHeight - 1)
        return (list, rule, detail)
    }

    /// Transcript: the messages, a rule, and the composer at the bottom, as many rows high as its
    /// text wraps to (up to `Composer.maxRows`, and never leaving the messages less than a row).
    static func transcript(_ content: Rect, state: AppState) -> (messages: Rect, rule: Rect, composer: Rect) {
        transcript(content, composer: state.editors[.transcript])
    }

    /// The transcript's parts for a composer holding this text.
    static func transcript(_ content: Rect, composer: TextBuffer?) -> (messages: Rect, rule: Rect, composer: Rect) {
        let wanted = Composer.height(composer, width: composerField(content).width)
        let rows = max(1, min(wanted, content.height - 2))
        let messages = Rect(x: content.x, y: content.y, width: content.width, height: max(0, content.height - 1 - rows))
        return (
            messages, Rect(x: content.x, y: messages.maxY, width: content.width, height: 1),
            Rect(x: content.x, y: messages.maxY + 1, width: content.width, height: rows)
        )
    }

    /// The composer's text: after its one-cell mark and a space.
    static func composerField(_ composer: Rect) -> Rect {
        Rect(x: composer.x + 2, y: composer.y, width: composer.width - 2, height: composer.height)
    }

    /// The first item a list shows: the chosen one stays on screen.
    static func firstListRow(selected: Int, count: Int, height: Int) -> Int {
        max(0, min(selected - height + 1, count - height))
    }

    /// Where a text field's text is drawn: the content, or the composer's field in the transcript.
    static func textArea(for pane: Pane, in state: AppState) -> Rect? {
        guard let slot = state.layout.slot(for: pane) else { return nil }
        return pane == .transcript ? composerField(transcript(slot.content, state: state).composer) : slot.content
    }

    /// The rectangle a pane's main scroller draws into, or nil when the pane is not on screen.
    static func scrollArea(for pane: Pane, in state: AppState) -> Rect? {
        guard let slot = state.layout.slot(for: pane) else { return nil }
        let content = slot.content
        switch pane {
        case .transcript: return transcript(content, state: state).messages
        case .examples: return split(content, itemCount: state.base?.generatedExamples.count ?? 0).detail
        case .history: return split(content, itemCount: state.base?.draftHistory.count ?? 0).detail
        default: return content
        }
    }
}
