/// The phrases spam filters and readers react to, grouped by kind, matched as whole words with
/// case ignored. The shipped list, plus the user's file: a line adds a phrase, `-phrase`
/// silences one, `#` starts a comment.
public struct TriggerPhrases: Equatable, Sendable {
    /// One phrase: its words (as `CopyWord` folds them), as written, and its kind.
    struct Phrase: Equatable, Sendable {
        var words: [UInt64]
        var text: String
        var kind: String
    }

    /// The phrases by their first word, longest first, so "100% free" wins over "free".
    private var byFirstWord: [UInt64: [Phrase]] = [:]
    /// A bit for each first word's key (its low 12 bits): most words of a text are no phrase's
    /// first word, and a bit answers that without hashing the key into the dictionary.
    private var firstWordBits = [UInt64](repeating: 0, count: 64)
    /// How many phrases there are.
    public private(set) var count = 0
    /// Words in the longest phrase there has been: how far from a cut a phrase across it can start.
    private(set) var longest = 0

    /// The list the program ships.
    public static let shipped = TriggerPhrases(ShippedTriggerPhrases.text, kind: "other")

    /// Phrases from text in the shipped format (`[kind]` lines start a group).
    init(_ text: String, kind: String) {
        add(text, kind: kind)
    }

    /// The list with the user's file applied: added phrases are of the kind "yours".
    public func applying(userFile text: String) -> TriggerPhrases {
        var list = self
        list.add(text, kind: "yours")
        return list
    }

    /// Whether a phrase is on the list (as written, case ignored).
    public func contains(_ phrase: String) -> Bool {
        let words = Self.words(of: phrase)
        return words.first.map { byFirstWord[$0]?.contains { $0.words == words } ?? false } ?? false
    }

    private mutating func add(_ text: String, kind: String) {
        var kind = kind
        for raw in text.split(separator: "\n") {
            let line = raw.trimmed
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                kind = String(line.dropFirst().dropLast())
                continue
            }
            let silenced = line.hasPrefix("-")
            let words = Self.words(of: String(silenced ? line.dropFirst() : line))
            guard let first = words.first else { continue }
            var phrases = byFirstWord[first] ?? []
            let before = phrases.count
            phrases.removeAll { $0.words == words }
            if !silenced {
                phrases.append(Phrase(words: words, text: String(line), kind: kind))
                phrases.sort { $0.words.count > $1.words.count }
            }
            count += phrases.count - before
            longest = max(longest, words.count)
            byFirstWord[first] = phrases.isEmpty ? nil : phrases
            if !phrases.isEmpty { firstWordBits[Int(first >> 6 & 63)] |= 1 << (first & 63) }
        }
    }

    private static func words(of phrase: String) -> [UInt64] {
        CopyWord.words(in: phrase).map(\.key)
    }

    /// The phrases found in a run of words (a paragraph's, across its lines but not across a
    /// sentence's end): for each, the index of its first and last word and the phrase. Matches
    /// do not overlap.
    func matches(in words: [CopyWord]) -> [(first: Int, last: Int, phrase: Phrase)] {
        var found: [(first: Int, last: Int, phrase: Phrase)] = []
        var i = 0
        while i < words.count {
            let key = words[i].key
            if !words[i].isVariable, firstWordBits[Int(key >> 6 & 63)] & (1 << (key & 63)) != 0,
                let candidates = byFirstWord[key],
                let phrase = candidates.first(where: { phrase in
                    i + phrase.words.count <= words.count
                        && phrase.words.indices.allSatisfy { words[i + $0].key == phrase.words[$0] }
                        && !words[i..<(i + phrase.words.count - 1)].contains(where: \.endsSentence)
                })
            {
                found.append((i, i + phrase.words.count - 1, phrase))
                i += phrase.words.count
            } else {
                i += 1
            }
        }
        return found
    }

    /// Whether some phrase matches words on both sides of the cut before `words[cut]`, starting
    /// at any word: where none does, `matches` on the words before the cut and on those after
    /// finds what it finds on all of them, since no match can carry its scan across the cut.
    func crosses(_ words: [CopyWord], at cut: Int) -> Bool {
        for start in max(0, cut - longest + 1)..<cut where !words[start].isVariable {
            let key = words[start].key
            guard firstWordBits[Int(key >> 6 & 63)] & (1 << (key & 63)) != 0, let candidates = byFirstWord[key] else {
                continue
            }
            for phrase in candidates {
                let end = start + phrase.words.count
                if end > cut, end <= words.count,
                    phrase.words.indices.allSatisfy({ words[start + $0].key == phrase.words[$0] }),
                    !words[start..<(end - 1)].contains(where: \.endsSentence)
                {
                    return true
                }
            }
        }
        return false
    }
}
