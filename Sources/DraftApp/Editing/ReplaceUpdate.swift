import DraftCore

/// A replace going through a field's matches (Ctrl-\): what is left to ask about, and what
/// has been done.
public struct ReplaceRun: Equatable, Sendable {
    /// The field being replaced in.
    public var pane: Pane
    /// What is replaced, found as Ctrl-F finds it.
    public var search: TextSearch
    /// What each match becomes.
    public var replacement: String
    /// The matches not asked about yet, in the order they are asked: from the cursor to the
    /// end, then from the start. Kept true to the text as replacements before them shift it.
    public var pending: [Range<TextPosition>]
    /// Matches replaced so far, for the closing count.
    public var replaced = 0
    /// Matches skipped so far, for the closing count.
    public var skipped = 0
    /// How many matches there were when the replace began.
    public let total: Int
    /// The undo depth when the run started: its replacements become one undo step.
    let undoDepth: Int
}

/// Ctrl-\ (or Alt-R) in Title, Subject or Body: `Replace:`, `With:`, then `y` / `n` / `a` for each
/// match. Only the matched text changes; the whole run is undone with one Ctrl-Z.
enum ReplaceUpdate {
    static func open(state: inout AppState) -> [Effect] {
        guard state.focus.isTextField, let editor = state.editors[state.focus] else { return [] }
        let selected = editor.selectedText.flatMap { $0.contains("\n") ? nil : $0 }
        var query = TextBuffer(selected ?? state.find?.search.query ?? "", singleLine: true)
        query.selectAll()
        state.prompt = .replaceWhat(query)
        return []
    }

    static func entered(_ prompt: Prompt, state: inout AppState) -> [Effect] {
        switch prompt {
        case .replaceWhat(let query):
            guard let search = TextSearch(query.text) else {
                state.prompt = nil
                state.status = StatusMessage("Nothing to replace")
                return []
            }
            state.prompt = .replaceWith(search, TextBuffer("", singleLine: true))
            return []
        case .replaceWith(let search, let replacement):
            return start(search, with: replacement.text, state: &state)
        default:
            return []
        }
    }

    private static func start(_ search: TextSearch, with replacement: String, state: inout AppState) -> [Effect] {
        let pane = state.focus
        guard let editor = state.editors[pane] else { return [] }
        let matches = editor.lines.indices.flatMap { line in
            search.ranges(in: editor.lines[line]).map {
                TextPosition(line: line, offset: $0.lowerBound)..<TextPosition(line: line, offset: $0.upperBound)
            }
        }
        guard !matches.isEmpty else {
            state.prompt = nil
            state.status = StatusMessage("No match for \"\(search.query)\"", isError: true)
            return []
        }
        let from = editor.selection?.lowerBound ?? editor.cursor
        let ordered = matches.filter { $0.lowerBound >= from } + matches.filter { $0.lowerBound < from }
        let run = ReplaceRun(
            pane: pane, search: search, replacement: replacement, pending: ordered, total: ordered.count,
            undoDepth: editor.undoDepth)
        return ask(run, state: &state)
    }

    /// Replace this one, skip it, all the rest, or stop, for the match asked about.
    static func answer(_ answer: PromptAnswer, run: ReplaceRun, state: inout AppState) -> [Effect] {
        var run = run
        switch answer {
        case .replaceThis: replaceNext(&run, state: &state)
        case .skipThis:
            run.pending.removeFirst()
            run.skipped += 1
        case .replaceRest:
            while !run.pending.isEmpty { replaceNext(&run, state: &state) }
        case .stopReplacing, .cancel: return finish(run, state: &state)
        default: return []
        }
        return ask(run, state: &state)
    }

    /// Shows the next match (cursor on it, marked current), or ends the run when none is left.
    private static func ask(_ run: ReplaceRun, state: inout AppState) -> [Effect] {
        guard let next = run.pending.first else { return finish(run, state: &state) }
        var find = FindState(pane: run.pane, search: run.search)
        find.current = .text(next)
        state.find = find
        state.prompt = .replaceEach(run)
        state.editors[run.pane]?.place(next.lowerBound, goalColumn: nil)
        EditingUpdate.keepCursorVisible(&state)
        return []
    }

    private static func replaceNext(_ run: inout ReplaceRun, state: inout AppState) {
        let range = run.pending.removeFirst()
        guard let end = state.editors[run.pane]?.replace(range, with: run.replacement) else { return }
        // The replacement has no line break (it was typed on one line): only the matches after
        // it on its line move, by the difference in length.
        let shift = end.offset - range.upperBound.offset
        run.pending = run.pending.map { match in
            guard match.lowerBound.line == range.lowerBound.line, match.lowerBound.offset >= range.upperBound.offset
            else { return match }
            return TextPosition(
                line: match.lowerBound.line, offset: match.lowerBound.offset + shift)..<TextPosition(
                    line: match.upperBound.line, offset: match.upperBound.offset + shift)
        }
        run.replaced += 1
    }

    private static func finish(_ run: ReplaceRun, state: inout AppState) -> [Effect] {
        state.editors[run.pane]?.groupUndo(since: run.undoDepth)
        state.prompt = nil
        state.find = nil
        state.status = StatusMessage(
            "Replaced \(run.replaced) of \(run.total)" + (run.replaced > 0 ? " (Ctrl-Z undoes them all)" : ""))
        return run.replaced > 0 ? JournalUpdate.scheduleIfNeeded(state: &state) : []
    }
}
