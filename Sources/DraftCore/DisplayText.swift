/// The one place that decides how a character of untrusted text appears on screen.
///
/// Server strings may carry escape sequences (ESC[2J, OSC 52 clipboard writes), bells, carriage
/// returns, backspaces and bidi overrides. None of them may reach the terminal raw: C0 and C1
/// controls become visible caret notation (`^[`), bidi and other invisible format controls are
/// dropped. Every cell drawn goes through `cells(of:)`.
public enum DisplayText {
    public struct Piece: Equatable, Sendable {
        public let text: String
        public let width: Int
        /// True for the caret notation standing in for a control character.
        public let isControl: Bool
    }

    public static func cells(of character: Character) -> [Piece] {
        let scalars = character.unicodeScalars
        if let first = scalars.first, scalars.count == 1 || character.utf8.count == 1 {
            if first.value >= 0x20 && first.value < 0x7F { return [Piece(text: String(character), width: 1, isControl: false)] }
        }
        if scalars.contains(where: isControl) {
            // "\r\n" is one cluster; each control scalar gets its own visible form.
            return scalars.compactMap { scalar in
                if isControl(scalar) { return caret(scalar).map { Piece(text: String($0), width: 1, isControl: true) } }
                if isInvisibleFormat(scalar) { return [] }
                return [Piece(text: String(scalar), width: max(1, DisplayWidth.of(Character(scalar))), isControl: false)]
            }.flatMap { $0 }
        }
        if scalars.contains(where: isInvisibleFormat) {
            let kept = String(String.UnicodeScalarView(scalars.filter { !isInvisibleFormat($0) }))
            return kept.isEmpty ? [] : kept.map { Piece(text: String($0), width: DisplayWidth.of($0), isControl: false) }
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

    /// Bidi embeddings, overrides and isolates, and the line/paragraph separators: they reorder
    /// or break what follows without being seen, so they are dropped.
    public static func isInvisibleFormat(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C, 0x2028, 0x2029: true
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

extension StringProtocol {
    /// Without the spaces and tabs at either end: what config and theme lines are read with, at
    /// start-up, where Foundation's trimming would cost more than the file.
    public var trimmingBlanks: SubSequence {
        var start = startIndex, end = endIndex
        while start < end, self[start] == " " || self[start] == "\t" { start = index(after: start) }
        while end > start, self[index(before: end)] == " " || self[index(before: end)] == "\t" { end = index(before: end) }
        return self[start..<end]
    }
}
