/// Words and characters as a copywriter counts them. A word is a run of anything but spaces
/// (tabs, line breaks and no-break spaces included) holding at least one letter or digit, so
/// `%first_name%` is a word and a lone dash is not; characters are graphemes, as the eye sees.
public struct TextCounts: Equatable, Sendable {
    /// Words, as the pane title shows them (a `%variable%` is one).
    public var words: Int
    /// Characters, as a reader counts them (grapheme clusters).
    public var characters: Int

    /// Counts from their figures; zero by default.
    public init(words: Int = 0, characters: Int = 0) {
        self.words = words
        self.characters = characters
    }

    /// The counts of two parts together: an edit adds the new line's counts.
    public static func + (a: TextCounts, b: TextCounts) -> TextCounts {
        TextCounts(words: a.words + b.words, characters: a.characters + b.characters)
    }

    /// The counts without a part: an edit takes away the old line's counts.
    public static func - (a: TextCounts, b: TextCounts) -> TextCounts {
        TextCounts(words: a.words - b.words, characters: a.characters - b.characters)
    }
}

/// Counts words and characters the way the pane titles and the example review report them.
public enum WordCount {
    /// The words in some text, counted on its bytes.
    public static func words(in text: Substring) -> Int {
        var text = text
        return text.withUTF8 { words(in: $0) }
    }

    /// The counts of a text; characters only when asked, as they cost a grapheme walk. With
    /// `carries`, the text is a window cut out of runs with no space: the run cut at its start
    /// (`left`) or its end (`right`) has a letter or digit outside it, so it is a word.
    public static func counts(
        of text: Substring, characters: Bool, carries: (left: Bool, right: Bool) = (false, false)
    ) -> TextCounts {
        var text = text
        let count = text.withUTF8 { words(in: $0, carries: carries) }
        return TextCounts(words: count, characters: characters ? text.count : 0)
    }

    static func words(in bytes: UnsafeBufferPointer<UInt8>, carries: (left: Bool, right: Bool) = (false, false)) -> Int
    {
        var words = 0
        var runStart: Int? = nil
        var runHasAlphanumeric = false
        var i = 0
        func endRun(at end: Int) {
            guard let start = runStart else { return }
            if runHasAlphanumeric || hasLetterOrDigit(bytes, start..<end) { words += 1 }
            runStart = nil
            runHasAlphanumeric = false
        }
        while i < bytes.count {
            let byte = bytes[i]
            let space = spaceLength(bytes, at: i)
            if space > 0 {
                endRun(at: i)
                i += space
                continue
            }
            if runStart == nil {
                runStart = i
                runHasAlphanumeric = i == 0 && carries.left
            }
            if byte < 0x80 && isASCIIAlphanumeric(byte) { runHasAlphanumeric = true }
            i += 1
        }
        if runStart != nil && carries.right { runHasAlphanumeric = true }
        endRun(at: bytes.count)
        return words
    }

    /// The length of the space at `i`: ASCII white space, or the two bytes of a no-break space.
    static func spaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        switch bytes[i] {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: return 1
        case 0xC2 where i + 1 < bytes.count && bytes[i + 1] == 0xA0: return 2
        default: return 0
        }
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// The slow look at a run with no ASCII letter or digit (a dash, an accented or CJK word).
    private static func hasLetterOrDigit(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard bytes[range].contains(where: { $0 >= 0x80 }) else { return false }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            .contains { $0.isLetter || $0.isNumber }
    }

    /// How far past an edit its word count reads inside a long run with no space (`window`).
    static let windowReach = 256

    /// The bytes around an edit that its counts can depend on: from the last space before
    /// `start` to the first one at or after `end`. Words never cross a space and a grapheme
    /// never starts at one, so counts outside this window cannot change. With `reach` (words
    /// only, no characters), a run with no space (a pasted blob) is cut `reach` bytes from the
    /// edit when the part cut off has an ASCII letter or digit, found before any other byte
    /// beyond ASCII: that run is a word whatever the edit does, as `carries` says, and typing in
    /// a long run does not count all of it twice.
    static func window(
        in line: Substring, around edit: Range<Int>, reach: Int? = nil
    ) -> (bytes: Range<Int>, carries: (left: Bool, right: Bool)) {
        var line = line
        return line.withUTF8 { bytes in
            func isCharacterStart(_ at: Int) -> Bool { at >= bytes.count || bytes[at] & 0xC0 != 0x80 }
            // Whether the bytes from `from` on, stepping by `step` up to a space, show an ASCII
            // letter or digit before anything else beyond ASCII (nil: a space came first).
            func alphanumericOutside(from: Int, step: Int) -> Bool? {
                var at = from
                while at >= 0, at < bytes.count, !isSpaceByte(bytes[at]) {
                    if bytes[at] >= 0x80 { return false }
                    if isASCIIAlphanumeric(bytes[at]) { return true }
                    at += step
                }
                return nil
            }
            var lower = min(edit.lowerBound, bytes.count), carriesLeft = false
            let lowest = reach.map { lower - $0 } ?? Int.min
            while lower > 0, !isSpaceByte(bytes[lower - 1]) {
                if lower <= lowest, isCharacterStart(lower), alphanumericOutside(from: lower - 1, step: -1) == true {
                    carriesLeft = true
                    break
                }
                lower -= 1
            }
            if lower > 0 && !carriesLeft { lower -= 1 }
            var upper = min(edit.upperBound, bytes.count), carriesRight = false
            let highest = reach.map { upper + $0 } ?? Int.max
            while upper < bytes.count, !isSpaceByte(bytes[upper]) {
                if upper >= highest, isCharacterStart(upper), alphanumericOutside(from: upper, step: 1) == true {
                    carriesRight = true
                    break
                }
                upper += 1
            }
            return (lower..<upper, (carriesLeft, carriesRight))
        }
    }

    private static func isSpaceByte(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
}
