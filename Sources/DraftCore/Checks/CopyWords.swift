import TemplateSyntax

/// A word of a line as the copy checks read it: a run of letters, digits, apostrophes, `$`, `%`
/// and `_` (so "100%", "$$$" and "don't" are words, and a hyphen or a dot parts them), or a whole
/// `%variable%` / `{{ variable }}` with what is glued to it ("%company%'s"), one short word.
///
/// Read from the line's bytes with no string made: a keystroke re-checks its paragraph, so this
/// runs on every one. A word is compared by `key`, a hash of its folded form (lowercase, curly
/// apostrophes straight); only a word with letters beyond ASCII is folded through a String.
struct CopyWord: Equatable, Sendable {
    /// Where it lies in its line, in UTF-8 bytes.
    var bytes: Range<Int>
    /// FNV-1a of the folded word: what phrases and abbreviations are matched by.
    var key: UInt64
    /// Whether it is a template variable.
    var isVariable: Bool
    /// Letters in it, and how many of those are capitals (for ALL CAPS).
    var letters: Int
    var capitals: Int
    /// Syllables, for the reading grade; a variable counts as one.
    var syllables: Int
    /// Whether punctuation after it ends a sentence (`.` after a word that is no abbreviation,
    /// `!`, `?`, `…`): set by `markSentenceEnds`. A phrase does not run across one.
    var endsSentence = false

    /// Words that end a sentence only in appearance when a dot follows them.
    private static let abbreviations = Set(
        ["mr", "mrs", "ms", "dr", "vs", "etc", "inc", "ltd", "co", "st", "approx", "e", "g"].map(key(of:)))

    /// Marks the words of a line after which its punctuation ends a sentence.
    static func markSentenceEnds(_ words: inout [CopyWord], in bytes: UnsafeBufferPointer<UInt8>) {
        for n in words.indices {
            let gapEnd = n + 1 < words.count ? words[n + 1].bytes.lowerBound : bytes.count
            let gap = bytes[words[n].bytes.upperBound..<gapEnd]
            words[n].endsSentence =
                gap.contains(where: { $0 == 0x21 || $0 == 0x3F })
                || (gap.first == 0x2E && !abbreviations.contains(words[n].key))
                || (gap.count >= 3 && gap[gap.startIndex] == 0xE2 && gap[gap.startIndex + 1] == 0x80
                    && gap[gap.startIndex + 2] == 0xA6)  // …
        }
    }

    /// The words of a line, in order.
    static func words(in line: String) -> [CopyWord] {
        var line = line
        return line.withUTF8 { words(in: $0) }
    }

    /// The key of a word written alone ("guaranteed", "e.g"): the first word's, or 0.
    static func key(of word: String) -> UInt64 { words(in: word).first?.key ?? 0 }

    static func words(in bytes: UnsafeBufferPointer<UInt8>) -> [CopyWord] {
        let variables = bytes.contains(0x25) || bytes.contains(0x7B) ? TemplateSyntax.variableRanges(bytes) : []
        var words: [CopyWord] = []
        var nextVariable = 0
        var i = 0
        while i < bytes.count {
            if nextVariable < variables.count, variables[nextVariable].lowerBound == i {
                let range = variables[nextVariable]
                nextVariable += 1
                // "%company%'s" is one word: what is glued to a variable belongs to it.
                var end = range.upperBound
                while end < bytes.count, nextVariable >= variables.count || variables[nextVariable].lowerBound != end {
                    let (scalar, length) = bytes.unicodeScalar(at: end)
                    guard isWordScalar(scalar) else { break }
                    end += length
                }
                words.append(
                    CopyWord(
                        bytes: range.lowerBound..<end, key: hash(UnsafeBufferPointer(rebasing: bytes[range])),
                        isVariable: true, letters: 0, capitals: 0, syllables: 1))
                i = end
                continue
            }
            let (scalar, length) = bytes.unicodeScalar(at: i)
            guard isWordScalar(scalar) else {
                i += length
                continue
            }
            let start = i
            var ascii = true, core = false
            while i < bytes.count {
                if nextVariable < variables.count, variables[nextVariable].lowerBound == i { break }
                let (scalar, length) = bytes.unicodeScalar(at: i)
                guard isWordScalar(scalar) else { break }
                if length > 1 { ascii = false }
                if isWordCore(scalar) { core = true }
                i += length
            }
            if core { words.append(word(UnsafeBufferPointer(rebasing: bytes[start..<i]), at: start, ascii: ascii)) }
        }
        return words
    }

    /// A word from its bytes: ASCII counted and folded in place, anything else through a String.
    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, ascii: Bool) -> CopyWord {
        let range = start..<(start + bytes.count)
        guard ascii else {
            let text = String(decoding: bytes, as: UTF8.self)
            var letters = 0, capitals = 0
            for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
                letters += 1
                if scalar.properties.isUppercase { capitals += 1 }
            }
            let folded = text.lowercased().replacing(where: { $0 == "\u{2019}" }, with: "'")
            var utf8 = folded
            let key = utf8.withUTF8 { hash($0) }
            return CopyWord(
                bytes: range, key: key, isVariable: false, letters: letters, capitals: capitals,
                syllables: Readability.syllables(in: folded))
        }
        var key: UInt64 = 0xcbf2_9ce4_8422_2325
        var letters = 0, capitals = 0
        var syllables = 0, previousVowel = false
        var last: UInt8 = 0, beforeLast: UInt8 = 0
        for byte in bytes {
            var folded = byte
            if byte >= 0x41 && byte <= 0x5A {
                folded = byte | 0x20
                capitals += 1
            }
            key = (key ^ UInt64(folded)) &* 0x100_0000_01b3
            guard folded >= 0x61 && folded <= 0x7A else { continue }
            letters += 1
            let vowel =
                folded == 0x61 || folded == 0x65 || folded == 0x69 || folded == 0x6F || folded == 0x75
                || folded == 0x79
            if vowel && !previousVowel { syllables += 1 }
            previousVowel = vowel
            beforeLast = last
            last = folded
        }
        // "make" has one, "table" two: a final e is silent unless it follows an l after a consonant.
        if last == 0x65, syllables > 1, !(beforeLast == 0x6C && letters > 2) { syllables -= 1 }
        return CopyWord(
            bytes: range, key: key, isVariable: false, letters: letters, capitals: capitals,
            syllables: max(1, syllables))
    }

    /// FNV-1a over bytes.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var key: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { key = (key ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return key
    }

    /// Letters, digits, combining marks, apostrophes and the signs that belong to a word.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let byte = UInt8(scalar.value)
            return (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x27 || byte == 0x24 || byte == 0x25 || byte == 0x5F
        }
        return isWordCore(scalar) || scalar == "\u{2019}" || scalar.properties.generalCategory == .nonspacingMark
    }

    /// What makes a run a word rather than punctuation: a letter, a digit or a `$`.
    private static func isWordCore(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let byte = UInt8(scalar.value)
            return (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x24
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
