import DraftCore
import PuffleAPI

/// Copy, cut and paste. The app keeps its own clipboard for Ctrl-V, and every copy and cut also
/// goes to the terminal's clipboard (OSC 52), which over SSH is the one on the user's own machine.
enum ClipboardUpdate {
    /// Terminals drop longer OSC 52 sequences: above this the terminal is not sent the text.
    static let terminalLimit = 100_000

    static func perform(_ command: EditCommand, state: inout AppState) -> [Effect] {
        guard state.editors[state.focus] != nil else { return [] }
        switch command {
        case .cut:
            var cut = ""
            let effects = EditingUpdate.edit(state: &state) { editor, _ in
                if let selected = editor.selectedText {
                    cut = selected
                    editor.deleteSelection()
                } else {
                    cut = editor.cutLine()
                }
            }
            guard !cut.isEmpty else { return effects }
            return take(cut, verb: "Cut", state: &state) + effects
        case .cutLine:
            let gathering = state.gathersCutLines
            var cut = ""
            let effects = EditingUpdate.edit(state: &state) { editor, _ in cut = editor.cutLine() }
            state.gathersCutLines = true
            guard !cut.isEmpty else { return effects }
            let gathered = (gathering ? state.clipboard ?? "" : "") + cut
            let lines =
                gathered.split(separator: "\n", omittingEmptySubsequences: false).count
                - (gathered.hasSuffix("\n") ? 1 : 0)
            return take(
                gathered, verb: "Cut", what: "\(lines) line\(lines == 1 ? "" : "s"), Ctrl-U pastes", state: &state)
                + effects
        case .paste:
            guard let text = state.clipboard else {
                state.status = StatusMessage(
                    "Nothing to paste yet: Ctrl-C copies, Ctrl-X and Ctrl-K cut", isError: true)
                return []
            }
            return EditingUpdate.edit(state: &state) { editor, _ in editor.insert(text, isPaste: true) }
        default:
            return []
        }
    }

    /// Ctrl-C: the selection of the focused field or pane; in a reading pane with none, its
    /// chosen item.
    static func copy(state: inout AppState) -> [Effect] {
        let pane = state.focus
        if let selected = state.editors[pane]?.selectedText { return take(selected, verb: "Copied", state: &state) }
        if pane.isTextField {
            state.status = StatusMessage(
                "Nothing selected: Shift with the arrows selects, Ctrl-A the whole field", isError: true)
            return []
        }
        if let selection = state.readingSelection, let text = ReadingSelection.text(selection, in: state) {
            return take(text, verb: "Copied", state: &state)
        }
        guard let item = chosenItem(in: pane, state: state), !item.text.isEmpty else {
            state.status = StatusMessage("Nothing to copy here", isError: true)
            return []
        }
        return take(item.text, verb: "Copied", what: item.name, state: &state)
    }

    /// What Ctrl-C copies from a reading pane with nothing selected.
    static func chosenItem(in pane: Pane, state: AppState) -> (text: String, name: String)? {
        guard let session = state.base else { return nil }
        switch pane {
        case .examples:
            guard let chosen = state.chosenExample, session.generatedExamples.indices.contains(chosen) else {
                return nil
            }
            let example = session.generatedExamples[chosen]
            return ([example.subject, example.body].compactMap { $0 }.joined(separator: "\n\n"), "the example")
        case .history:
            let versions = PaneContent.historyNewestFirst(session)
            guard versions.indices.contains(state.selectedHistory) else { return nil }
            let version = versions[state.selectedHistory]
            if version.isUnknownShape { return (JSONWriter.string(version.raw, pretty: true), "the earlier draft") }
            return ([version.subject, version.body].compactMap { $0 }.joined(separator: "\n\n"), "the earlier draft")
        case .skeleton:
            let browsed = state.skeletonBrowse.flatMap {
                state.skeletonHistoryNewestFirst.indices.contains($0) ? state.skeletonHistoryNewestFirst[$0] : nil
            }
            let shown = browsed ?? (state.hasStagedSkeleton ? state.stagedSkeleton : session.skeleton)
            return shown.map { (PaneContent.skeletonText($0), "the skeleton") }
        case .transcript:
            let count = session.messageCount
            let top = FindUpdate.viewTop(.transcript, state).block
            if top >= count { return state.pendingTurn.map { ($0.message, "the message being sent") } }
            return (session.message(at: top).content, "the message at the top")
        case .title, .subject, .body:
            return nil
        }
    }

    /// Puts text on the app's clipboard and, unless it is too long, the terminal's.
    private static func take(_ text: String, verb: String, what: String? = nil, state: inout AppState) -> [Effect] {
        state.clipboard = text
        let count = text.count
        let amount = "\(count) character\(count == 1 ? "" : "s")"
        guard text.utf8.count <= terminalLimit else {
            state.status = StatusMessage(
                "\(verb) \(amount) for Ctrl-V here; too long for the terminal's clipboard (over 100 KB)", isError: true)
            return []
        }
        state.status = StatusMessage("\(verb) \(amount)" + (what.map { " (\($0))" } ?? ""))
        return [.setTerminalClipboard(text)]
    }
}
