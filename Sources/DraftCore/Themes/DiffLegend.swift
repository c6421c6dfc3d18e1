/// The words a diff's legend uses for removed and added text, taken from the theme as it is
/// drawn: "red" and "green" in the default theme, "dim underlined" and "bold" without colour.
/// A legend that says "red" on a terminal showing no colour would leave the reader guessing.
public struct DiffLegend: Equatable, Sendable {
    /// Marks removed text where colour cannot (`NO_COLOR`, a mono theme): `[-` by default.
    public var removed: String
    /// Marks added text where colour cannot: `{+` by default.
    public var added: String
    /// Removed and added words are marked in the text itself, `[-old-]{+new+}` as wdiff does:
    /// without colour, a style alone is easy to miss.
    public var inText: Bool

    /// A legend; `inText` puts the marks around the changed words themselves.
    public init(removed: String, added: String, inText: Bool = false) {
        self.removed = removed
        self.added = added
        self.inText = inText
    }

    /// The legend when the terminal shows no colour.
    public static let textMarks = DiffLegend(removed: "[-…-]", added: "{+…+}", inText: true)

    /// What the default theme draws, for the views' tests and until the terminal says otherwise.
    public static let standard = DiffLegend(removed: "red", added: "green")

    /// The line that explains the diff's colours or marks above a diff.
    public func text(removed whatRemoved: String, added whatAdded: String) -> String {
        "\(removed): \(whatRemoved), \(added): \(whatAdded)"
    }
}

extension Theme {
    /// Describes the diff roles of this theme as drawn (pass the theme after `withoutColor`
    /// when colour is off): the colour family when there is one, else the attributes.
    public var diffLegend: DiffLegend {
        DiffLegend(
            removed: Theme.describe(style(.diffRemoved)) ?? "removed",
            added: Theme.describe(style(.diffAdded)) ?? "added")
    }

    static func describe(_ style: Style) -> String? {
        // A coloured background is what the eye sees first; else the text's colour.
        let color = style.background == .terminalDefault ? style.foreground : style.background
        if let hue = color.hueName { return hue }
        let words = TextAttributes.names.filter { style.attributes.contains($0.1) }
            .map { $0.0 == "underline" ? "underlined" : $0.0 == "reverse" ? "reversed" : $0.0 }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}

extension ThemeColor {
    /// The colour's everyday name ("red", "green", "grey", …), or nil for the terminal's default.
    var hueName: String? {
        switch self {
        case .terminalDefault: return nil
        case .indexed(let n) where n < 16:
            return n == 8 ? "grey" : ThemeColor.names[n % 8]
        case .indexed(let n) where n >= 232: return "grey"
        case .indexed(let n):
            let levels: [Int] = [0, 95, 135, 175, 215, 255]
            let cube = n - 16
            return ThemeColor.hue(levels[cube / 36], levels[(cube / 6) % 6], levels[cube % 6])
        case .rgb(let r, let g, let b): return ThemeColor.hue(Int(r), Int(g), Int(b))
        }
    }

    static func hue(_ r: Int, _ g: Int, _ b: Int) -> String {
        let high = max(r, g, b), low = min(r, g, b)
        if high - low < 30 { return high > 200 ? "white" : high < 50 ? "black" : "grey" }
        let span = Double(high - low)
        var degrees: Double
        if high == r {
            degrees = 60 * (Double(g - b) / span)
        } else if high == g {
            degrees = 60 * (2 + Double(b - r) / span)
        } else {
            degrees = 60 * (4 + Double(r - g) / span)
        }
        if degrees < 0 { degrees += 360 }
        let names: [(Double, String)] = [
            (20, "red"), (45, "orange"), (70, "yellow"), (165, "green"), (200, "cyan"), (260, "blue"),
            (335, "magenta"), (360, "red")
        ]
        return names.first { degrees < $0.0 }?.1 ?? "red"
    }
}
