import CWidth

/// How many terminal cells text takes, computed per grapheme cluster with libc's `wcwidth`, so
/// the answer agrees with what ncurses will draw (a hand-made table disagrees with glibc on
/// thousands of scalars).
public enum DisplayWidth {
    /// 0, 1 or 2 for a displayable cluster: CJK and emoji take two cells, a combining mark none.
    public static func of(_ character: Character) -> Int {
        let utf8 = character.utf8
        if utf8.count == 1, let byte = utf8.first, byte >= 0x20, byte < 0x7F { return 1 }
        var widest = 0
        for scalar in character.unicodeScalars {
            let w = Int(cw_wcwidth(scalar.value))
            if w > widest { widest = w }
        }
        // An emoji presentation selector turns a narrow symbol into a wide emoji, as terminals draw it.
        if widest == 1, character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        if widest == 0, let first = character.unicodeScalars.first, cw_wcwidth(first.value) < 0 {
            return 1  // unassigned or unknown to this locale: the backend draws a placeholder cell
        }
        return min(widest, 2)
    }

    /// The columns a terminal gives the text: wide characters two, combining marks none.
    @inlinable  // specialized where it is called: a generic walk over a String goes through witness tables
    public static func of(_ text: some StringProtocol) -> Int {
        // Printable ASCII is one column a byte: counted without breaking graphemes.
        let ascii: Int? =
            text.utf8.withContiguousStorageIfAvailable { bytes in
                for byte in bytes where byte < 0x20 || byte >= 0x7F { return nil }
                return bytes.count
            } ?? nil
        if let ascii { return ascii }
        // Most other text (curly quotes, dashes, accented letters, a bullet) is scalars that are
        // graphemes of their own: summed without the grapheme breaking a Character walk does.
        var total = 0
        for scalar in text.unicodeScalars {
            guard let width = standalone(scalar.value) else {
                total = 0
                for character in text { total += DisplayText.width(of: character) }
                return total
            }
            total += width
        }
        return total
    }

    /// The columns of a scalar that is a grapheme of its own whatever stands beside it: printable
    /// ASCII, Latin, Greek and Cyrillic letters, punctuation, currency signs, symbols, box drawing,
    /// kana and CJK ideographs. Nil for any other (a combining mark, a joiner, an emoji, a control),
    /// which must be measured with the rest of its grapheme.
    @inlinable
    public static func standalone(_ value: UInt32) -> Int? {
        if value >= 0x20 && value < 0x7F { return 1 }
        switch value {
        case 0xA0..<0xAD, 0xAE..<0x300, 0x370..<0x483, 0x48A..<0x530, 0x2010..<0x2028, 0x2030..<0x205F,
            0x20A0..<0x20C1, 0x2100..<0x2300, 0x2500..<0x2600, 0x3041..<0x3097, 0x30A1..<0x30FB, 0x4E00..<0xA000:
            let width = cw_wcwidth(value)
            return width > 0 ? Int(min(width, 2)) : nil
        default: return nil
        }
    }

    /// True when the process's LC_CTYPE is UTF-8; without it only ASCII can be shown.
    public static var localeIsUTF8: Bool { cw_ctype_is_utf8() != 0 }
}
