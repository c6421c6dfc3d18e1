import DraftCore

/// What the checker said of a word.
public enum SpellVerdict: Equatable, Sendable {
    case correct
    case misspelled(suggestions: [String])
}

/// Spelling as the app knows it: the checker's verdicts, cached by word for the whole run, the
/// words asked about and not answered yet, and the user's exceptions. The checker itself runs in
/// the shell; this only says which words to ask about and which to mark.
public struct SpellState: Equatable, Sendable {
    public var enabled: Bool
    public private(set) var verdicts: [String: SpellVerdict] = [:]
    /// Asked about, no answer yet: not asked again.
    var pending: Set<String> = []
    /// `i` in the suggestions: accepted for this run.
    public private(set) var ignored: Set<String> = []
    /// The user's words (`$XDG_DATA_HOME/puffle-draft/words`).
    public private(set) var yours: Set<String> = []
    /// Changes when what is marked may change (a verdict, an exception), not with every question:
    /// what the render cache keys the fields on.
    public private(set) var revision = 0
    /// What the screen showed when it was last looked at for words to ask about.
    var lastLook: [Int] = []
    private var misspelledCount = 0

    public init(enabled: Bool, yours: Set<String> = []) {
        self.enabled = enabled
        self.yours = yours
    }

    public func isMisspelled(_ word: Substring) -> Bool {
        guard misspelledCount > 0, case .misspelled? = verdicts[String(word)] else { return false }
        return !ignored.contains(String(word)) && !yours.contains(String(word))
    }

    func suggestions(for word: String) -> [String] {
        if case .misspelled(let suggestions)? = verdicts[word] { return suggestions }
        return []
    }

    /// Whether a word still needs asking about.
    func isUnknown(_ word: String) -> Bool {
        verdicts[word] == nil && !pending.contains(word) && !yours.contains(word) && !ignored.contains(word)
    }

    /// The misspelled words of a line, as byte ranges of it.
    public func misspelledRanges(in text: Substring) -> [Range<Int>] {
        guard enabled, misspelledCount > 0 else { return [] }
        var text = text
        return text.withUTF8 { bytes in
            SpellWords.ranges(in: bytes).filter { isMisspelled(String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self)[...]) }
        }
    }

    mutating func record(_ answers: [String: SpellVerdict]) {
        for (word, verdict) in answers {
            if case .misspelled? = verdicts[word] { misspelledCount -= 1 }
            verdicts[word] = verdict
            if case .misspelled = verdict { misspelledCount += 1 }
            pending.remove(word)
        }
        revision += 1
    }

    mutating func ignore(_ word: String) {
        ignored.insert(word)
        revision += 1
    }

    mutating func addYours(_ word: String) {
        yours.insert(word)
        revision += 1
    }

    mutating func forgetPending() { pending = [] }
}
