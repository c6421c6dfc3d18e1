/// The one place that decides how a character of untrusted text appears on screen.
///
/// Server strings may carry escape sequences (ESC[2J, OSC 52 clipboard writes), bells, carriage
/// returns, backspaces, bidi overrides and characters that take no room (U+200B, U+FEFF, tags).
/// None of them may reach the terminal raw, and none may hide in a draft: C0 and C1 controls
/// become caret notation (`^[`, `<9B>`), the invisible format characters their code point
/// (`<202E>`, `<200B>`), drawn in the control style. Every cell drawn goes through
/// `cells(of:)`; every line written anywhere else (stderr, the log) through `TerminalText.safe`.
public enum DisplayText {
    /// One cell's worth (or two, for a wide character) of what a character is shown as.
    public struct Piece: Equatable, Sendable {
        /// The text written for the piece: the character itself, or its caret notation.
        public let text: String
        /// The columns the piece takes: 1 or 2.
        public let width: Int
        /// True for the caret notation standing in for a control character.
        public let isControl: Bool
    }

    /// How a character is shown: itself, or a visible stand-in when a terminal would act on it or hide it.
    public static func cells(of character: Character) -> [Piece] {
        let scalars = character.unicodeScalars
        if let first = scalars.first, scalars.count == 1 || character.utf8.count == 1 {
            if first.value >= 0x20 && first.value < 0x7F {
                return [Piece(text: String(character), width: 1, isControl: false)]
            }
        }
        if scalars.contains(where: isControl) {
            // "\r\n" is one cluster; each control scalar gets its own visible form.
            return scalars.compactMap { scalar in
                if isControl(scalar) { return caret(scalar).map { Piece(text: String($0), width: 1, isControl: true) } }
                if isInvisibleFormat(scalar) {
                    return caret(scalar).map { Piece(text: String($0), width: 1, isControl: true) }
                }
                return [
                    Piece(text: String(scalar), width: max(1, DisplayWidth.of(Character(scalar))), isControl: false)
                ]
            }.flatMap { $0 }
        }
        if scalars.contains(where: isInvisibleFormat) {
            // A tag or joiner rides on the character before it: that one stays, the hidden ones show.
            return scalars.flatMap { scalar -> [Piece] in
                if isInvisibleFormat(scalar) {
                    return caret(scalar).map { Piece(text: String($0), width: 1, isControl: true) }
                }
                return [Piece(text: String(scalar), width: DisplayWidth.of(Character(scalar)), isControl: false)]
            }
        }
        return [Piece(text: String(character), width: DisplayWidth.of(character), isControl: false)]
    }

    /// The cells a character takes as drawn: `cells(of:)` without building the pieces, for the
    /// measuring that wrapping and cursor placement do on every frame.
    public static func width(of character: Character) -> Int {
        let utf8 = character.utf8
        if utf8.count == 1, let byte = utf8.first, byte >= 0x20, byte < 0x7F { return 1 }
        let scalars = character.unicodeScalars
        if !scalars.contains(where: { isControl($0) || isInvisibleFormat($0) }) { return DisplayWidth.of(character) }
        return cells(of: character).reduce(0) { $0 + $1.width }
    }

    /// C0, DEL and C1: anything a terminal would act on rather than print.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0)
    }

    /// Characters that change text without being seen: bidi embeddings, overrides, isolates and
    /// marks reorder what follows; the line and paragraph separators break it; zero-width spaces,
    /// word joiners, the byte-order mark and tag characters hide in a word (a subject that looks
    /// like "free" but is not, a spam filter's trap). They are shown by their code point. The
    /// zero-width joiner and non-joiner are not here: emoji and several scripts need them.
    public static func isInvisibleFormat(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C, 0x2028, 0x2029,
            0x200B, 0x2060...0x2064, 0xFEFF, 0xE0000...0xE007F:
            true
        default: false
        }
    }

    static func caret(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x7F: "^?"
        case 0..<0x20: "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
        default: "<" + String(scalar.value, radix: 16, uppercase: true) + ">"
        }
    }
}

/// Text made safe to write to a terminal outside the screen: stderr, the log (which `tail -f`
/// replays), messages that quote what a server sent.
///
/// The one function for every line leaving the program that is not drawn cell by cell: each
/// character that a terminal would act on or that hides (C0, DEL, C1, bidi and zero-width format
/// characters) is written as `DisplayText.cells` shows it, so a server's error text cannot set
/// the window title, the clipboard (OSC 52) or colours once the screen is restored.
public enum TerminalText {
    /// The text with every control and hiding character made visible: safe for stderr and the log.
    public static func safe(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var shown = ""
        shown.reserveCapacity(text.utf8.count)
        for character in text {
            let scalars = character.unicodeScalars
            if scalars.contains(where: { DisplayText.isControl($0) || DisplayText.isInvisibleFormat($0) }) {
                for piece in DisplayText.cells(of: character) { shown += piece.text }
            } else {
                shown.append(character)
            }
        }
        return shown
    }

    /// Text for another program to take in: the terminal's clipboard (OSC 52) and `$EDITOR`'s
    /// file. CR LF and a lone CR become LF; every other control, DEL, C1, bidi and zero-width
    /// format character is dropped. Pasted into a shell, an `ESC [201~` in a copied draft would
    /// end the bracketed paste early and the shell would run the rest.
    public static func forPaste(_ text: String) -> String {
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A || $0 == 0x09 }) { return text }
        var kept = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\n": if !previousWasCR { kept.append(scalar) }
            case "\r": kept.append("\n")
            case "\t": kept.append(scalar)
            default:
                if DisplayText.isControl(scalar) || DisplayText.isInvisibleFormat(scalar) { continue }
                kept.append(scalar)
            }
        }
        return String(kept)
    }
}

extension StringProtocol {
    /// Without the spaces and tabs at either end: what config and theme lines are read with, at
    /// start-up, where Foundation's trimming would cost more than the file.
    public var trimmingBlanks: SubSequence {
        var start = startIndex, end = endIndex
        while start < end, self[start] == " " || self[start] == "\t" { start = index(after: start) }
        while end > start, self[index(before: end)] == " " || self[index(before: end)] == "\t" {
            end = index(before: end)
        }
        return self[start..<end]
    }
}
