import DraftCore
import PuffleAPI

/// A misspelled word offered for correction (F7): where it is and what the checker suggests
/// (nil while it is being asked).
public struct SpellingChoice: Equatable, Sendable {
    /// The pane the word is in.
    public var pane: Pane
    /// The word as written.
    public var word: String
    /// Where the word is, selected while the choice is open.
    public var range: Range<TextPosition>
    /// What the checker suggests instead; nil while it is being asked.
    public var suggestions: [String]?
}

/// Spelling in the update: after every action, the words on screen the checker has not seen are
/// asked about (off the main loop, by the shell); answers mark them; F7 walks the misspellings
/// of the focused field and offers the checker's suggestions.
enum SpellUpdate {
    /// The fields whose words are checked: the three of the draft and the composer.
    static let fields: [Pane] = Pane.textPanes + [.transcript]
    /// Suggestions offered at once (digits 1–9).
    static let offered = 9

    /// Asks about the unknown words on screen, when the screen shows other text than last time.
    /// A letter typed only grows the word under the cursor, which is not asked about until the
    /// cursor leaves it: the look waits for the key that ends the word.
    static func look(after action: Action, state: inout AppState) -> [Effect] {
        guard state.spelling.enabled, state.base != nil else { return [] }
        let namesFrom = [state.campaignRevision, state.leadsRevision]
        if state.spelling.namesFrom != namesFrom { state.spelling.accept(names: state.campaignNames, at: namesFrom) }
        if case .input(.key(.character(let typed))) = action, typed.isLetter { return [] }
        let look = lookKey(state)
        guard look != state.spelling.lastLook else { return [] }
        state.spelling.lastLook = look
        var unknown: [String] = []
        var seen = Set<String>()
        /// Collects the line's unknown words; false when the word being typed was left for later.
        @discardableResult
        func consider(_ text: Substring, skipping cursor: Int? = nil) -> Bool {
            var text = text
            return text.withUTF8 { bytes in
                var complete = true
                for range in SpellWords.ranges(in: bytes) {
                    // The word being typed is checked once the cursor leaves it, as a browser does.
                    if let cursor, range.lowerBound <= cursor, cursor <= range.upperBound {
                        complete = false
                        continue
                    }
                    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                    if state.spelling.isUnknown(word), seen.insert(word).inserted { unknown.append(word) }
                }
                return complete
            }
        }
        // The bytes the body's rows on screen show, by line: made only once a long line needs them.
        var bodyShown: [Int: Range<Int>]?
        for pane in fields {
            guard let editor = state.editors[pane] else { continue }
            for line in visibleLines(of: pane, in: state) where editor.lines.indices.contains(line) {
                let text = editor.lines[line]
                let cursor = state.hasKeyboard(pane) && editor.cursor.line == line ? editor.cursor.offset : nil
                if text.utf8.count > SpellWords.wholeLineBytes {
                    // A long line (a paste with no breaks) is looked at where it shows, every time:
                    // kept as looked at, each version typed into it would stay in memory.
                    let shown: Range<Int>?
                    if pane == .body {
                        if bodyShown == nil { bodyShown = shownBytes(ofBody: editor, state: state) }
                        shown = bodyShown?[line]
                    } else {
                        // A one-line field shows the bytes around its cursor.
                        let half = SpellWords.wholeLineBytes / 2, at = editor.cursor.offset
                        shown = max(0, at - half)..<min(text.utf8.count, at + half)
                    }
                    guard let shown else { continue }  // below the screen
                    let part = SpellWords.wholeWords(around: shown, in: text[...])
                    consider(text.utf8Slice(part), skipping: cursor.map { $0 - part.lowerBound })
                    continue
                }
                guard !state.spelling.lookedAt.contains(text) else { continue }
                // A line is done once every word of it has been asked about; one with the word being
                // typed is looked at again when the cursor has left that word.
                if consider(text[...], skipping: cursor) {
                    if state.spelling.lookedAt.count > 1024 { state.spelling.lookedAt = [] }
                    state.spelling.lookedAt.insert(text)
                }
            }
        }
        if state.spelling.examplesLookedAt != state.baseRevision {
            state.spelling.examplesLookedAt = state.baseRevision
            for example in state.base?.generatedExamples ?? [] {
                consider((example.subject ?? "")[...])
                consider((example.body ?? "")[...])
            }
        }
        guard !unknown.isEmpty else { return [] }
        state.spelling.pending.formUnion(unknown)
        return [.checkSpelling(unknown)]
    }

    /// What decides which words are on screen.
    private static func lookKey(_ state: AppState) -> [Int] {
        var key = fields.map { state.editors[$0]?.revision ?? -1 }
        let body = state.scroll[.body]
        key += [
            state.baseRevision, body?.block ?? 0, state.width, state.height, state.focus.rawValue,
            state.spelling.revision
        ]
        if let editor = state.editors[state.focus] { key += [editor.cursor.line, editor.cursor.offset] }
        return key
    }

    /// The lines of a field that can be on screen: all of a one-line field; of the body, as many
    /// from the first shown as the pane has rows (wrapping only makes fewer fit).
    static func visibleLines(of pane: Pane, in state: AppState) -> Range<Int> {
        guard pane == .body else { return 0..<1 }
        let first = state.scroll[.body]?.block ?? 0
        let rows = PaneGeometry.scrollArea(for: .body, in: state)?.height ?? state.height
        return first..<(first + max(1, rows))
    }

    /// The bytes of each line the body's rows on screen show, as the view draws them.
    private static func shownBytes(ofBody editor: TextBuffer, state: AppState) -> [Int: Range<Int>] {
        guard let area = PaneGeometry.scrollArea(for: .body, in: state) else { return [:] }
        let rows = BodyRows.rows(editor, anchor: state.scroll[.body] ?? .top, width: area.width, height: area.height)
        return Dictionary(uniqueKeysWithValues: BodyRows.lineSpans(of: rows).map { ($0.line, $0.bytes) })
    }

    static func checked(_ answers: [String: SpellVerdict], state: inout AppState) -> [Effect] {
        state.spelling.record(answers)
        return []
    }

    /// The suggestions F7 asked for: kept for the word, and offered if its prompt is still open.
    static func suggested(_ suggestions: [String], for word: String, state: inout AppState) -> [Effect] {
        state.spelling.recordSuggestions(suggestions, for: word)
        if case .spelling(var choice)? = state.prompt, choice.word == word, choice.suggestions == nil {
            choice.suggestions = Array(suggestions.prefix(offered))
            state.prompt = .spelling(choice)
        }
        return []
    }

    /// The checker cannot go on (not installed, no dictionary, died twice): said once, and the
    /// app goes on without spelling.
    static func stopped(_ reason: String, state: inout AppState) -> [Effect] {
        guard state.spelling.enabled else { return [] }
        state.spelling.enabled = false
        state.spelling.forgetPending()
        state.status = StatusMessage("Spelling is off: \(reason)", isError: true)
        return []
    }

    /// F7 / Ctrl-T: the next misspelled word after the cursor in the focused field (wrapping),
    /// selected, with the checker's suggestions in the footer.
    static func next(state: inout AppState) -> [Effect] {
        let pane = state.focus
        guard state.spelling.enabled else {
            state.status = StatusMessage("Spelling is off (spell = false in the config, or no checker)")
            return []
        }
        if pane == .examples { return nextInExample(state: &state) }
        guard fields.contains(pane), var editor = state.editors[pane] else {
            state.status = StatusMessage("F7 looks for misspellings in Title, Subject, Body, the composer and Examples")
            return []
        }
        let words = editor.lines.indices.flatMap { line in
            state.spelling.misspelledRanges(in: editor.lines[line][...]).map {
                TextPosition(line: line, offset: $0.lowerBound)..<TextPosition(line: line, offset: $0.upperBound)
            }
        }
        guard let range = words.first(where: { $0.lowerBound > editor.cursor }) ?? words.first else {
            let checking = state.spelling.pending.isEmpty ? "" : " (some words are still being checked)"
            state.status = StatusMessage("No misspellings in the \(pane.name.lowercased())\(checking)")
            return []
        }
        editor.select(from: range.lowerBound, to: range.upperBound)
        state.editors[pane] = editor
        EditingUpdate.keepCursorVisible(&state)
        let word = editor.text(from: range.lowerBound, to: range.upperBound)
        let known = state.spelling.suggestions(for: word).map { Array($0.prefix(offered)) }
        state.prompt = .spelling(SpellingChoice(pane: pane, word: word, range: range, suggestions: known))
        return known == nil ? [.suggestSpelling(word)] : []
    }

    /// F7 in Examples: the chosen example's next flagged word (the example is not edited: the
    /// suggestions are shown, `a` and `i` accept the word).
    private static func nextInExample(state: inout AppState) -> [Effect] {
        guard let chosen = state.chosenExample, state.problemsOfExamples.indices.contains(chosen) else { return [] }
        let words = ExampleReview.misspelledWords(in: state.problemsOfExamples[chosen])
        guard !words.isEmpty else {
            let checking = state.spelling.pending.isEmpty ? "" : " (some words are still being checked)"
            state.status = StatusMessage("No misspellings in this example\(checking)")
            return []
        }
        var next = 0
        if case .spelling(let shown)? = state.prompt, shown.pane == .examples, let at = words.firstIndex(of: shown.word)
        {
            next = (at + 1) % words.count
        }
        let word = words[next]
        let known = state.spelling.suggestions(for: word).map { Array($0.prefix(offered)) }
        state.prompt = .spelling(
            SpellingChoice(
                pane: .examples, word: word, range: TextPosition.start..<TextPosition.start, suggestions: known))
        return known == nil ? [.suggestSpelling(word)] : []
    }

    /// An answer to the suggestions: a digit (or Enter, the first) replaces, `a` adds the word
    /// to the user's words, `i` ignores it until the app quits.
    static func answer(_ answer: PromptAnswer, choice: SpellingChoice, state: inout AppState) -> [Effect] {
        switch answer {
        case .addWord:
            state.prompt = nil
            state.spelling.addYours(choice.word)
            state.editors[choice.pane]?.deselect()
            state.status = StatusMessage("Added \"\(choice.word)\" to your words")
            return [.addToWords(choice.word)]
        case .cancel:
            // The selected word is let go, as after any other answer: the next key typed must not
            // replace it.
            state.prompt = nil
            state.editors[choice.pane]?.deselect()
            return []
        case .ignoreWord:
            state.prompt = nil
            state.spelling.ignore(choice.word)
            state.editors[choice.pane]?.deselect()
            state.status = StatusMessage("Ignoring \"\(choice.word)\" until you quit")
            return []
        case .suggestion(let index):
            guard let suggestions = choice.suggestions, suggestions.indices.contains(index),
                var editor = state.editors[choice.pane],
                editor.text(from: choice.range.lowerBound, to: choice.range.upperBound) == choice.word
            else { return [] }
            state.prompt = nil
            editor.deselect()
            editor.replace(choice.range, with: suggestions[index])
            state.editors[choice.pane] = editor
            EditingUpdate.keepCursorVisible(&state)
            return JournalUpdate.scheduleIfNeeded(state: &state)
        default:
            return []
        }
    }
}
