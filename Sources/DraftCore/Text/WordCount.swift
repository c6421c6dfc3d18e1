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

    /// The counts of a text; characters only when asked, as they cost a grapheme walk.
    public static func counts(of text: Substring, characters: Bool) -> TextCounts {
        TextCounts(words: words(in: text), characters: characters ? text.count : 0)
    }

    static func words(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
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
            if runStart == nil { runStart = i }
            if byte < 0x80 && isASCIIAlphanumeric(byte) { runHasAlphanumeric = true }
            i += 1
        }
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

    /// The bytes around an edit that its counts can depend on: from the last space before
    /// `start` to the first one at or after `end`. Words never cross a space and a grapheme
    /// never starts at one, so counts outside this window cannot change.
    static func window(in line: Substring, around edit: Range<Int>) -> Range<Int> {
        var line = line
        return line.withUTF8 { bytes in
            var lower = min(edit.lowerBound, bytes.count)
            while lower > 0, !isSpaceByte(bytes[lower - 1]) { lower -= 1 }
            if lower > 0 { lower -= 1 }
            var upper = min(edit.upperBound, bytes.count)
            while upper < bytes.count, !isSpaceByte(bytes[upper]) { upper += 1 }
            return lower..<upper
        }
    }

    private static func isSpaceByte(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
}
