import TemplateSyntax

/// The words of a line a spelling checker should see, as byte ranges of the line. Left out, as
/// a browser would: `%variables%` and `{{variables}}`, the `&&` markers (the instruction between
/// them is prose and is checked), URLs, e-mail addresses, numbers, words with digits, and words
/// in capitals (acronyms, product codes), and any run of more than `longestChunk` bytes with no
/// space (a blob of data, a token: there is no prose in it). A word is letters with apostrophes
/// inside it ("don't"); a hyphen splits it, so each half is checked.
public enum SpellWords {
    /// A run with no space longer than this is data, not words.
    public static let longestChunk = 256

    /// The UTF-8 ranges of the words a line gives the spell checker.
    public static func ranges(in line: Substring) -> [Range<Int>] {
        var line = line
        return line.withUTF8 { ranges(in: $0) }
    }

    /// The words of a line as bytes: the keystroke path's form, with no String made.
    public static func ranges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 0x25 || byte == 0x7B, let length = TemplateSyntax.variableLength(bytes, at: i) {
                i += length
                continue
            }
            if isSpace(byte) {
                i += 1
                continue
            }
            // A whitespace-separated chunk: a URL or an address is skipped whole, else its words.
            var end = i
            while end < bytes.count, !isSpace(bytes[end]) { end += 1 }
            if end - i <= longestChunk, !isLink(bytes, i..<end) { words(in: bytes, i..<end, into: &ranges) }
            i = end
        }
        return ranges
    }

    /// Lines up to this long (most paragraphs) are looked at whole, for spelling and for marks; a
    /// longer one, a paste with no line breaks, only where it shows.
    public static let wholeLineBytes = 4096

    /// `range` of `line` widened to the whitespace on either side, so that no word (nor link)
    /// is cut: the part of a long line whose words are those `range` shows. A side goes at most
    /// past `longestChunk` bytes with no space: the run cut there is then still too long to hold
    /// words, as the whole run is.
    public static func wholeWords(around range: Range<Int>, in line: Substring) -> Range<Int> {
        var line = line
        return line.withUTF8 { bytes in
            let reach = longestChunk + 1
            var lower = min(range.lowerBound, bytes.count), upper = min(range.upperBound, bytes.count)
            let lowest = max(0, lower - reach), highest = min(bytes.count, upper + reach)
            while lower > lowest, !isSpace(bytes[lower - 1]) { lower -= 1 }
            while upper < highest, !isSpace(bytes[upper]) { upper += 1 }
            return lower..<upper
        }
    }

    private static func words(
        in bytes: UnsafeBufferPointer<UInt8>, _ chunk: Range<Int>, into ranges: inout [Range<Int>]
    ) {
        var i = chunk.lowerBound
        while i < chunk.upperBound {
            if bytes[i] == 0x25 || bytes[i] == 0x7B, let length = TemplateSyntax.variableLength(bytes, at: i) {
                i += length
                continue
            }
            guard let (scalar, length) = scalar(in: bytes, at: i), isWordScalar(scalar) else {
                i += 1
                continue
            }
            var end = i + length
            var hasDigit = isDigit(scalar)
            var hasLower = isLower(scalar)
            while end < chunk.upperBound, let (next, size) = self.scalar(in: bytes, at: end) {
                if isWordScalar(next) {
                    hasDigit = hasDigit || isDigit(next)
                    hasLower = hasLower || isLower(next)
                    end += size
                } else if isApostrophe(next), end + size < chunk.upperBound,
                    let (after, _) = self.scalar(in: bytes, at: end + size), isWordScalar(after)
                {
                    end += size
                } else {
                    break
                }
            }
            let letters = end - i
            // One letter ("a", "I"), capitals only, or digits inside: not for the checker.
            if !hasDigit && hasLower && letters > 1 { ranges.append(i..<end) }
            i = end
        }
    }

    /// A space, tab or line break: what separates words.
    public static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let b = UInt8(scalar.value)
            return (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
        }
        return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
            || scalar.properties.numericType != nil
    }

    // ASCII answered directly: the Unicode property tables cost more than the rest of the scan.
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (scalar.value >= 0x30 && scalar.value <= 0x39) : scalar.properties.numericType != nil
    }

    private static func isLower(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (scalar.value >= 0x61 && scalar.value <= 0x7A) : scalar.properties.isLowercase
    }

    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "\u{2019}" }

    /// `http://…`, `www.…`, and anything with an `@` between characters: an address. Byte by
    /// byte: every chunk of every line on screen comes through here on each keystroke.
    private static func isLink(_ bytes: UnsafeBufferPointer<UInt8>, _ chunk: Range<Int>) -> Bool {
        let lower = chunk.lowerBound, upper = chunk.upperBound
        if upper - lower >= 4, bytes[lower] | 0x20 == 0x77, bytes[lower + 1] | 0x20 == 0x77,
            bytes[lower + 2] | 0x20 == 0x77,
            bytes[lower + 3] == 0x2E
        {
            return true
        }
        for i in lower..<upper {
            if bytes[i] == 0x40 && i > lower && i < upper - 1 { return true }
            if bytes[i] == 0x3A && i + 2 < upper && bytes[i + 1] == 0x2F && bytes[i + 2] == 0x2F { return true }
        }
        return false
    }

    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int)? {
        if bytes[i] < 0x80 { return (Unicode.Scalar(bytes[i]), 1) }
        var iterator = UnsafeBufferPointer(rebasing: bytes[i...]).makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
        return (scalar, UTF8.width(scalar))
    }
}
