/// The template-variable syntax of Puffle drafts, in one place for the code that fills
/// variables with a lead's values (PuffleAPI) and the code that highlights them (DraftCore):
/// `%name%` (canonical) and `{{ name }}` (older drafts). A name is letters, digits, `_`, `.`
/// and `-`, so prose such as "50% off" is never a variable.
///
/// Scanning works on UTF-8 bytes: the markers are ASCII, so prose is skipped without breaking
/// it into graphemes, which is what highlighting a screenful on every keystroke can afford.
public enum TemplateSyntax {
    /// Whether a scalar may be part of a name: letters and digits of any script (with their
    /// combining marks), `_`, `.` and `-`.
    public static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isNameByte(UInt8(scalar.value)) }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    /// Whether an ASCII byte may be part of a name: letters, digits, `_`, `.` and `-`.
    public static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b == 0x2E
            || b == 0x2D
    }

    /// The length in bytes of a variable starting at byte `start`, if one is there.
    public static func variableLength(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        if bytes[start] == 0x25 {  // %name%
            var i = start + 1
            while i < bytes.count {
                if bytes[i] == 0x25 { return i > start + 1 ? i + 1 - start : nil }
                guard let (scalar, length) = scalar(in: bytes, at: i), isNameScalar(scalar) else { return nil }
                i += length
            }
            return nil
        }
        guard bytes[start] == 0x7B, start + 1 < bytes.count, bytes[start + 1] == 0x7B else { return nil }  // {{ name }}
        let limit = min(bytes.count - 1, start + 2 + 80)
        var close = start + 2
        while close < limit, !(bytes[close] == 0x7D && bytes[close + 1] == 0x7D) { close += 1 }
        guard close < limit else { return nil }
        var low = start + 2, high = close
        while low < high, bytes[low] == 0x20 || bytes[low] == 0x09 { low += 1 }
        while high > low, bytes[high - 1] == 0x20 || bytes[high - 1] == 0x09 { high -= 1 }
        guard low < high else { return nil }
        var i = low
        while i < high {
            guard let (scalar, length) = scalar(in: bytes, at: i), isNameScalar(scalar) else { return nil }
            i += length
        }
        return close + 2 - start
    }

    /// The scalar encoded at byte `i`, and how many bytes it takes (nil for a broken sequence).
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[i]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
        guard length > 0, i + length <= bytes.count else { return nil }
        var value = UInt32(lead) & (0xFF >> UInt32(length + 1))
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return Unicode.Scalar(value).map { ($0, length) }
    }

    /// The name a variable stands for: `%first_name%` and `{{ first_name }}` both give "first_name".
    public static func name(ofVariable variable: Substring) -> String {
        if variable.hasPrefix("%") { return String(variable.dropFirst().dropLast()) }
        var inner = variable.dropFirst(2).dropLast(2)
        while inner.first == " " || inner.first == "\t" { inner = inner.dropFirst() }
        while inner.last == " " || inner.last == "\t" { inner = inner.dropLast() }
        return String(inner)
    }

    /// Every variable in the text, in order, as byte offset ranges.
    public static func variableRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x25 || bytes[i] == 0x7B, let length = variableLength(bytes, at: i) {
                found.append(i..<(i + length))
                i += length
            } else {
                i += 1
            }
        }
        return found
    }

    /// Every variable in the text, in order, with where it stands.
    public static func variables(in text: Substring) -> [Range<Substring.Index>] {
        var text = text
        let offsets = text.withUTF8 { variableRanges($0) }
        let utf8 = text.utf8
        return offsets.map {
            utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)
        }
    }
}
