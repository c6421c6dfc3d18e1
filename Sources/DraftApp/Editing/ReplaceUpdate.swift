import DraftCore

/// A replace going through the matches of Subject and Body (or of the Title) with Ctrl-\: what
/// is left to ask about, and what has been done.
public struct ReplaceRun: Equatable, Sendable {
    /// The field being replaced in.
    public var pane: Pane
    /// The fields whose matches come after this one's (the Body after the Subject).
    var later: [Pane] = []
    /// How many fields the run has had matches in so far, for the closing words.
    var fieldsReached = 1
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
    /// How many matches there were when the replace began, in all its fields.
    public let total: Int
    /// The undo depth of the field when the run reached it: its replacements there become one
    /// undo step.
    var undoDepth: Int
}

/// The last replace's terms, which Up brings back in its prompts.
public struct ReplaceTerms: Equatable, Sendable {
    /// What was replaced.
    public var query: String
    /// What it became.
    public var replacement: String
}

/// Ctrl-\ (or Alt-R) in Title, Subject or Body: `Replace:`, `With:`, then `y` / `n` / `a` for each
/// match, in Subject and Body together (from the cursor on, then the other field) or in the
/// Title. Only the matched text changes; each field's replacements are undone with one Ctrl-Z.
/// Up in either prompt brings back the last replace's words.
enum ReplaceUpdate {
    /// The fields a replace started in `pane` goes through, that one first.
    static func fields(from pane: Pane) -> [Pane] {
        switch pane {
        case .subject: [.subject, .body]
        case .body: [.body, .subject]
        default: [pane]
        }
    }

    /// Up in `Replace:` or `With:`: the last replace's words, to use again or change.
    static func recall(_ prompt: Prompt, state: inout AppState) -> Prompt? {
        guard let last = state.lastReplace else { return nil }
        var buffer: TextBuffer
        switch prompt {
        case .replaceWhat: buffer = TextBuffer(last.query, singleLine: true)
        case .replaceWith: buffer = TextBuffer(last.replacement, singleLine: true)
        default: return nil
        }
        buffer.moveToEnd()
        return prompt.with(input: buffer)
    }

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
            state.lastReplace = ReplaceTerms(query: search.query, replacement: replacement.text)
            return start(search, with: replacement.text, state: &state)
        default:
            return []
        }
    }

    private static func matches(of search: TextSearch, in editor: TextBuffer) -> [Range<TextPosition>] {
        editor.lines.indices.flatMap { line in
            search.ranges(in: editor.lines[line]).map {
                TextPosition(line: line, offset: $0.lowerBound)..<TextPosition(line: line, offset: $0.upperBound)
            }
        }
    }

    private static func start(_ search: TextSearch, with replacement: String, state: inout AppState) -> [Effect] {
        let fields = fields(from: state.focus).filter { state.editors[$0] != nil }
        let found = fields.map { state.editors[$0].map { matches(of: search, in: $0) } ?? [] }
        let total = found.reduce(0) { $0 + $1.count }
        // The first field with a match, from the focused one on.
        guard let start = found.firstIndex(where: { !$0.isEmpty }), let editor = state.editors[fields[start]] else {
            state.prompt = nil
            state.status = StatusMessage("No match for \"\(search.query)\"", isError: true)
            return []
        }
        let from = start == 0 ? editor.selection?.lowerBound ?? editor.cursor : .start
        let ordered = found[start].filter { $0.lowerBound >= from } + found[start].filter { $0.lowerBound < from }
        if start > 0 { state.focus(fields[start]) }
        let run = ReplaceRun(
            pane: fields[start], later: Array(fields.dropFirst(start + 1)), search: search, replacement: replacement,
            pending: ordered, total: total, undoDepth: editor.undoDepth)
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
            repeat {
                while !run.pending.isEmpty { replaceNext(&run, state: &state) }
            } while moveOn(&run, state: &state)
        case .stopReplacing, .cancel: return finish(run, state: &state)
        default: return []
        }
        return ask(run, state: &state)
    }

    /// Shows the next match (cursor on it, marked current), going on to the next field when this
    /// one's are done, or ends the run when none is left.
    private static func ask(_ run: ReplaceRun, state: inout AppState) -> [Effect] {
        var run = run
        guard moveOn(&run, state: &state), let next = run.pending.first else { return finish(run, state: &state) }
        var find = FindState(pane: run.pane, search: run.search)
        find.current = .text(next)
        state.find = find
        state.prompt = .replaceEach(run)
        state.editors[run.pane]?.place(next.lowerBound, goalColumn: nil)
        EditingUpdate.keepCursorVisible(&state)
        return []
    }

    /// With this field's matches all asked about, on to the next field that has one (its
    /// replacements so far made one undo step); false when no field is left with a match.
    private static func moveOn(_ run: inout ReplaceRun, state: inout AppState) -> Bool {
        while run.pending.isEmpty, let next = run.later.first {
            run.later.removeFirst()
            guard let editor = state.editors[next], case let found = matches(of: run.search, in: editor),
                !found.isEmpty
            else { continue }
            state.editors[run.pane]?.groupUndo(since: run.undoDepth)
            run.pane = next
            run.pending = found
            run.undoDepth = editor.undoDepth
            run.fieldsReached += 1
            state.focus(next)
        }
        return !run.pending.isEmpty
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
        let fields = run.fieldsReached > 1 ? " in Subject and Body" : ""
        let undo = fields.isEmpty ? " (Ctrl-Z undoes them all)" : " (Ctrl-Z in each field undoes its share)"
        state.status = StatusMessage(
            "Replaced \(run.replaced) of \(run.total)\(fields)" + (run.replaced > 0 ? undo : ""))
        return run.replaced > 0 ? JournalUpdate.scheduleIfNeeded(state: &state) : []
    }
}
