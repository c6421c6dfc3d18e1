import Foundation

/// A terminal colour as a theme names it.
public enum ThemeColor: Equatable, Sendable {
    case terminalDefault
    /// 0–255: the 16 ANSI colours first, then the 256-colour cube and greys.
    case indexed(Int)
    case rgb(UInt8, UInt8, UInt8)

    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    init?(parsing word: String) {
        let w = word.lowercased()
        if w == "default" { self = .terminalDefault; return }
        if let i = ThemeColor.names.firstIndex(of: w) { self = .indexed(i); return }
        for prefix in ["bright-", "bright_", "bright"] where w.hasPrefix(prefix) {
            if let i = ThemeColor.names.firstIndex(of: String(w.dropFirst(prefix.count))) {
                self = .indexed(i + 8); return
            }
        }
        if let n = Int(w), (0...255).contains(n) { self = .indexed(n); return }
        if w.hasPrefix("#"), w.count == 7, let v = UInt32(w.dropFirst(), radix: 16) {
            self = .rgb(UInt8(v >> 16), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF))
            return
        }
        return nil
    }
}

/// Bold, dim, underline, reverse and italic, as a theme line lists them.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    /// The attributes as bits; the terminal backend maps each to its curses attribute.
    public let rawValue: UInt8
    /// Attributes from their bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// Heavier text; many terminals also brighten the foreground.
    public static let bold = TextAttributes(rawValue: 1)
    /// Fainter text, for hints that must not compete with the draft.
    public static let dim = TextAttributes(rawValue: 2)
    /// Underlined: misspellings, and links where a terminal shows them.
    public static let underline = TextAttributes(rawValue: 4)
    /// Foreground and background swapped: selections under `NO_COLOR`.
    public static let reverse = TextAttributes(rawValue: 8)
    /// Slanted text, where the terminal has it; placeholders use it.
    public static let italic = TextAttributes(rawValue: 16)

    static let names: [(String, TextAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("underline", .underline), ("reverse", .reverse), ("italic", .italic)
    ]
}

/// How one role is drawn: its colours and attributes.
public struct Style: Equatable, Sendable {
    /// The text's colour (`default` leaves the terminal's own).
    public var foreground: ThemeColor
    /// The cell's colour behind the text (`default` leaves the terminal's own).
    public var background: ThemeColor
    /// Bold, dim, underline and the like, on top of the colours.
    public var attributes: TextAttributes

    /// A style; with no arguments, the terminal's own colours and no attribute.
    public init(
        foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
        attributes: TextAttributes = []
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

/// A line of a theme file that could not be used, with where it is.
public struct ThemeProblem: Equatable, Sendable, CustomStringConvertible {
    /// The theme file the problem is in (or `<built-in>`).
    public let file: String
    /// The line of the file, counted from 1, so the user can go straight to it.
    public let line: Int
    /// What is wrong with the line, and what was used instead.
    public let message: String
    /// The problem as `file:line: message`, the form editors jump to.
    public var description: String { "\(file):\(line): \(message)" }
}

/// Role → style. Parsed from `role = foreground background attributes` lines; a role the file
/// does not name falls back to the base theme.
public struct Theme: Equatable, Sendable {
    /// The theme's name, as `--theme` and the config file give it.
    public let name: String
    /// The style of each role the theme sets; a role it leaves out is drawn plain.
    public private(set) var styles: [StyleRole: Style]

    /// A theme from its styles, for the built-in themes and tests.
    public init(name: String, styles: [StyleRole: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style a role is drawn in; the terminal's own colours for a role the theme leaves out.
    public func style(_ role: StyleRole) -> Style { styles[role] ?? Style() }

    /// A role's style with an overlay (a selection, a match) on top: the overlay's colours where
    /// it names any, the attributes of both. Reverse over reverse would hide the overlay, so it
    /// toggles instead.
    public func style(_ role: StyleRole, under overlay: StyleRole?) -> Style {
        var style = self.style(role)
        guard let overlay else { return style }
        let top = self.style(overlay)
        if top.foreground != .terminalDefault { style.foreground = top.foreground }
        if top.background != .terminalDefault { style.background = top.background }
        let reversed = style.attributes.contains(.reverse) != top.attributes.contains(.reverse)
        style.attributes.formUnion(top.attributes)
        if !reversed { style.attributes.remove(.reverse) }
        return style
    }

    /// Parses a theme file. Bad lines are reported and skipped; the rest still applies.
    public static func parse(_ text: String, name: String, file: String, base: Theme?) -> (Theme, [ThemeProblem]) {
        var styles = base?.styles ?? [:]
        var problems: [ThemeProblem] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            // Only whole lines are comments: "#rrggbb" colours also start with '#'.
            let content = rawLine.trimmingBlanks
            if content.isEmpty || content.hasPrefix("#") { continue }
            func problem(_ message: String) {
                problems.append(ThemeProblem(file: file, line: index + 1, message: message))
            }
            let parts = content.split(separator: "=", maxSplits: 1).map { String($0.trimmingBlanks) }
            guard parts.count == 2 else { problem("expected `role = foreground background attributes`"); continue }
            guard let role = StyleRole(name: parts[0]) else { problem("unknown role `\(parts[0])`"); continue }
            let words = parts[1].split(separator: " ").map(String.init)
            guard words.count >= 2 else { problem("expected a foreground and a background colour"); continue }
            guard let foreground = ThemeColor(parsing: words[0]) else {
                problem("unknown colour `\(words[0])`"); continue
            }
            guard let background = ThemeColor(parsing: words[1]) else {
                problem("unknown colour `\(words[1])`"); continue
            }
            var attributes: TextAttributes = []
            var bad: String?
            for word in words.dropFirst(2) {
                if let (_, attribute) = TextAttributes.names.first(where: { $0.0 == word.lowercased() }) {
                    attributes.insert(attribute)
                } else if word.lowercased() != "none" {
                    bad = word
                }
            }
            if let bad { problem("unknown attribute `\(bad)`"); continue }
            styles[role] = Style(foreground: foreground, background: background, attributes: attributes)
        }
        return (Theme(name: name, styles: styles), problems)
    }

    /// The same theme with every colour dropped: what `NO_COLOR`, `--no-color` and a terminal
    /// without colours get. Attributes stay, and a role that stood out by its background (the
    /// header, the focused title, a prompt) is reversed instead, so focus and selection remain
    /// visible. Removed and added words must still differ: where only colour told them apart,
    /// removed words are dim and underlined, added ones bold.
    public var withoutColor: Theme {
        var plain = Theme(
            name: name,
            styles: styles.mapValues { style in
                var attributes = style.attributes
                // A bar that stood out by its colours (a header, a focused title) stands out reversed
                // and bold: without colour, bold costs no contrast.
                if style.background != .terminalDefault { attributes.formUnion([.reverse, .bold]) }
                return Style(attributes: attributes)
            })
        if plain.style(.diffRemoved) == plain.style(.diffAdded) {
            plain.styles[.diffRemoved] = Style(attributes: [.dim, .underline])
            plain.styles[.diffAdded] = Style(attributes: [.bold])
        }
        return plain
    }
}
