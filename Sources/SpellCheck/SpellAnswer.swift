/// One answer line of the ispell pipe protocol that `hunspell -a` speaks. Each input line gets
/// one answer per word the checker looked at, then a blank line:
///
///     *                              correct
///     + ROOT                         correct, from the root ROOT
///     -                              correct, as a compound
///     & WORD COUNT OFFSET: S1, S2    not known; suggestions
///     # WORD OFFSET                  not known; none to suggest
///
/// OFFSET counts Unicode scalars from the start of the line as sent, `^` escape included.
public enum SpellAnswer: Equatable, Sendable {
    case correct
    case root(String)
    case compound
    case misspelled(word: String, offset: Int, suggestions: [String])

    /// Whether the checker knows the word.
    public var isCorrect: Bool {
        if case .misspelled = self { false } else { true }
    }

    /// What one output line says; nil for the blank line that ends a line's answers, the banner
    /// (`@(#) …`), or a line that is none of these.
    public init?(line: Substring) {
        guard let first = line.first else { return nil }
        switch first {
        case "*": self = .correct
        case "-": self = .compound
        case "+": self = .root(String(line.dropFirst().drop { $0 == " " }))
        case "&":
            // & word count offset: s1, s2
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let head = line[line.index(after: line.startIndex)..<colon].split(separator: " ")
            guard head.count == 3, let offset = Int(head[2]) else { return nil }
            let suggestions = line[line.index(after: colon)...].split(separator: ",").map {
                String($0.drop { $0 == " " })
            }
            .filter { !$0.isEmpty }
            self = .misspelled(word: String(head[0]), offset: offset, suggestions: suggestions)
        case "#":
            let parts = line.dropFirst().split(separator: " ")
            guard parts.count == 2, let offset = Int(parts[1]) else { return nil }
            self = .misspelled(word: String(parts[0]), offset: offset, suggestions: [])
        default: return nil
        }
    }

    /// The answers of a whole reply, line by line of input: each input line's answers end at a
    /// blank line. The banner and lines of no known kind are left out.
    public static func replies(_ output: Substring) -> [[SpellAnswer]] {
        var replies: [[SpellAnswer]] = []
        var current: [SpellAnswer] = []
        for line in output.split(separator: "\n", omittingEmptySubsequences: false).dropLast(
            output.hasSuffix("\n") ? 1 : 0)
        {
            if line.isEmpty {
                replies.append(current)
                current = []
            } else if let answer = SpellAnswer(line: line) {
                current.append(answer)
            }
        }
        return replies
    }

    /// A line of text made safe to send: control characters become spaces (a newline would end
    /// the line early) and `^` goes first, so that a line starting with `*`, `&`, `@`, `#`, `!`,
    /// `+`, `-`, `~`, `%` or `^` is checked as text, never taken as a command.
    public static func escaped(_ text: String) -> String {
        "^"
            + String(
                String.UnicodeScalarView(
                    text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
    }
}
