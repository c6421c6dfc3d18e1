/// Finding a query the way editors do: literally (`%first_name%` is just text), case-blind
/// unless the query has a capital (smart case), and whole graphemes only, so a match never
/// starts or ends inside a letter with its marks or an emoji sequence. Offsets are UTF-8.
public struct TextSearch: Equatable, Sendable {
    /// The text looked for, as typed.
    public let query: String
    /// Whether case is ignored: it is unless the query holds a capital (smart case).
    public let ignoresCase: Bool
    private let bytes: [UInt8]
    /// The query's graphemes, folded when case is ignored: the way for a query beyond ASCII.
    private let characters: [String]
    private let isASCII: Bool

    /// Nil for an empty query: finding nothing does nothing.
    public init?(_ query: String) {
        guard !query.isEmpty else { return nil }
        self.query = query
        ignoresCase = !query.contains { $0.isUppercase }
        isASCII = query.utf8.allSatisfy { $0 < 0x80 }
        bytes = query.utf8.map { [ignoresCase] byte in ignoresCase ? TextSearch.lower(byte) : byte }
        characters = query.map { [ignoresCase] in ignoresCase ? $0.lowercased() : String($0) }
    }

    /// Every match in `text`, in order, not overlapping.
    public func ranges(in text: Substring) -> [Range<Int>] {
        isASCII ? asciiRanges(in: text) : characterRanges(in: text)
    }

    /// The UTF-8 ranges of the matches in a whole text.
    public func ranges(in text: String) -> [Range<Int>] { ranges(in: text[...]) }

    /// How many matches a text holds, for the "3 of 12" count.
    public func count(in text: Substring) -> Int { ranges(in: text).count }

    private static func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }

    /// A byte scan; only a match next to a byte beyond ASCII asks whether it splits a grapheme.
    private func asciiRanges(in text: Substring) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { haystack in
            var found: [Range<Int>] = []
            let count = haystack.count, length = bytes.count
            guard length <= count else { return found }
            let first = bytes[0]
            var i = 0
            while i <= count - length {
                let byte = ignoresCase ? TextSearch.lower(haystack[i]) : haystack[i]
                guard byte == first else { i += 1; continue }
                var j = 1
                while j < length, (ignoresCase ? TextSearch.lower(haystack[i + j]) : haystack[i + j]) == bytes[j] {
                    j += 1
                }
                if j == length, TextSearch.isBoundary(haystack, i), TextSearch.isBoundary(haystack, i + length) {
                    found.append(i..<(i + length))
                    i += length
                } else {
                    i += 1
                }
            }
            return found
        }
    }

    /// Whether a grapheme may start at byte `i`: always before and after ASCII (no mark joins
    /// ASCII to what follows it unless that is beyond ASCII), else decided by `Character`.
    private static func isBoundary(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i > 0, i < bytes.count, bytes[i] >= 0x80 || bytes[i - 1] >= 0x80 else { return true }
        if bytes[i] & 0xC0 == 0x80 { return false }  // inside a scalar
        var start = i - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        var end = i + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        // Two scalars side by side: one grapheme or two. (Sequences needing more context, such as
        // flags, do not start or end an ASCII query.)
        let pair = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        return pair.count == 2
    }

    /// Grapheme by grapheme, for a query beyond ASCII.
    private func characterRanges(in text: Substring) -> [Range<Int>] {
        var graphemes: [(offset: Int, text: String)] = []
        var offset = 0
        for character in text {
            graphemes.append((offset, ignoresCase ? character.lowercased() : String(character)))
            offset += character.utf8.count
        }
        var found: [Range<Int>] = []
        var i = 0
        while i + characters.count <= graphemes.count {
            var j = 0
            while j < characters.count, graphemes[i + j].text == characters[j] { j += 1 }
            if j == characters.count {
                let end = i + j < graphemes.count ? graphemes[i + j].offset : offset
                found.append(graphemes[i].offset..<end)
                i += j
            } else {
                i += 1
            }
        }
        return found
    }
}
