import TemplateSyntax

/// A word of a line as the copy checks read it: a run of letters, digits, apostrophes, `$`, `%`
/// and `_` (so "100%", "$$$" and "don't" are words, and a hyphen or a dot parts them), or a whole
/// `%variable%` / `{{ variable }}`, which counts as one short word.
struct CopyWord {
    /// Where it lies in its line, in UTF-8 bytes.
    var bytes: Range<Int>
    /// Lowercased, curly apostrophes made straight: what phrases are matched against.
    var folded: String
    /// Whether it is a template variable.
    var isVariable: Bool
    /// Letters in it, and how many of those are capitals (for ALL CAPS).
    var letters: Int
    var capitals: Int
    /// Syllables, for the reading grade; a variable counts as one.
    var syllables: Int

    /// The words of a line, in order.
    static func words(in line: String) -> [CopyWord] {
        var line = line
        return line.withUTF8 { bytes in
            let variables = TemplateSyntax.variableRanges(bytes)
            var words: [CopyWord] = []
            var nextVariable = 0
            var i = 0
            var start: Int?
            func end(at stop: Int) {
                guard let begin = start else { return }
                start = nil
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[begin..<stop]), as: UTF8.self)
                guard text.unicodeScalars.contains(where: isWordCore) else { return }
                words.append(word(text, begin..<stop))
            }
            while i < bytes.count {
                if nextVariable < variables.count, variables[nextVariable].lowerBound == i {
                    end(at: i)
                    let range = variables[nextVariable]
                    // "%company%'s" is one word: what is glued to a variable belongs to it.
                    var end = range.upperBound
                    while end < bytes.count,
                        !(nextVariable + 1 < variables.count && variables[nextVariable + 1].lowerBound == end)
                    {
                        let (scalar, length) = decode(bytes, at: end)
                        guard isWordScalar(scalar) else { break }
                        end += length
                    }
                    words.append(
                        CopyWord(
                            bytes: range.lowerBound..<end,
                            folded: String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self),
                            isVariable: true, letters: 0, capitals: 0, syllables: 1))
                    nextVariable += 1
                    i = end
                    continue
                }
                let (scalar, length) = decode(bytes, at: i)
                if isWordScalar(scalar) {
                    if start == nil { start = i }
                } else {
                    end(at: i)
                }
                i += length
            }
            end(at: bytes.count)
            return words
        }
    }

    private static func word(_ text: String, _ bytes: Range<Int>) -> CopyWord {
        var letters = 0, capitals = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            letters += 1
            if scalar.properties.isUppercase { capitals += 1 }
        }
        let folded = text.lowercased().replacing(where: { $0 == "\u{2019}" }, with: "'")
        return CopyWord(
            bytes: bytes, folded: folded, isVariable: false, letters: letters, capitals: capitals,
            syllables: Readability.syllables(in: folded))
    }

    /// Letters, digits, combining marks, apostrophes and the signs that belong to a word.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        isWordCore(scalar) || scalar == "'" || scalar == "\u{2019}" || scalar == "$" || scalar == "%"
            || scalar == "_" || scalar.properties.generalCategory == .nonspacingMark
    }

    /// What makes a run a word rather than punctuation: a letter, a digit or a `$`.
    private static func isWordCore(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "$"
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let byte = bytes[i]
        if byte < 0x80 { return (Unicode.Scalar(byte), 1) }
        var iterator = bytes[i...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return (scalar, scalar.utf8.count) }
        return ("\u{FFFD}", 1)
    }
}
