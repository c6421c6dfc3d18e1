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
    public static func of(_ text: some StringProtocol) -> Int {
        // Printable ASCII is one column a byte: counted without breaking graphemes.
        let ascii: Int? =
            text.utf8.withContiguousStorageIfAvailable { bytes in
                for byte in bytes where byte < 0x20 || byte >= 0x7F { return nil }
                return bytes.count
            } ?? nil
        if let ascii { return ascii }
        var total = 0
        for character in text { total += DisplayText.width(of: character) }
        return total
    }

    /// True when the process's LC_CTYPE is UTF-8; without it only ASCII can be shown.
    public static var localeIsUTF8: Bool { cw_ctype_is_utf8() != 0 }
}
