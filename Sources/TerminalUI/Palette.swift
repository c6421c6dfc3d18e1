import DraftCore

/// Style roles → the SGR sequences that select their look. A cell's look is its role's style with
/// its overlay's on top (`Theme.style(_:under:)`); each pairing is worked out once, the first time
/// it is drawn. Colours are folded down to what the terminal has.
struct Palette {
    private let theme: Theme
    private let colors: Int
    /// Indexed by role, then by overlay (0 for none, else its raw value + 1).
    private var looks: [[UInt8]?]
    private static let overlays = StyleRole.allCases.count + 1

    /// `colors` is 0 when colour is off.
    init(theme: Theme, colors: Int) {
        self.theme = theme
        self.colors = colors
        looks = Array(repeating: nil, count: StyleRole.allCases.count * Palette.overlays)
    }

    /// A number naming the look, so a writer can tell whether it is already set.
    static func index(_ role: StyleRole, _ overlay: StyleRole?) -> Int {
        Int(role.rawValue) * overlays + (overlay.map { Int($0.rawValue) + 1 } ?? 0)
    }

    /// The whole look as one sequence, from a reset: `ESC [ 0 ; attributes ; colours m`.
    mutating func sequence(_ role: StyleRole, _ overlay: StyleRole?) -> [UInt8] {
        let index = Palette.index(role, overlay)
        if let look = looks[index] { return look }
        var style = theme.style(role, under: overlay)
        var foreground = Palette.number(style.foreground, colors: colors)
        let background = Palette.number(style.background, colors: colors)
        // With 8 colours the greys of borders and dim text fold to black or white, often the very
        // colour behind them (the terminal's own taken as black): they take the other one, dimmed.
        if colors > 0 && colors < 16, foreground >= 0, foreground == max(0, background) {
            foreground = foreground == 0 ? 7 : 0
            style.attributes.insert(.dim)
        }
        var parameters = ["0"]
        for (attribute, code) in [
            (TextAttributes.bold, "1"), (.dim, "2"), (.italic, "3"), (.underline, "4"), (.reverse, "7")
        ]
        where style.attributes.contains(attribute) {
            parameters.append(code)
        }
        if colors > 0 {
            if let code = Palette.code(number: foreground, background: false) { parameters.append(code) }
            if let code = Palette.code(number: background, background: true) { parameters.append(code) }
        }
        let look = Array("\u{1B}[\(parameters.joined(separator: ";"))m".utf8)
        looks[index] = look
        return look
    }

    /// The SGR parameter for a colour: 30–37 / 90–97 for the sixteen, 38;5;N for the rest.
    static func code(number n: Int, background: Bool) -> String? {
        guard n >= 0 else { return nil }
        if n < 8 { return String((background ? 40 : 30) + n) }
        if n < 16 { return String((background ? 100 : 90) + n - 8) }
        return (background ? "48;5;" : "38;5;") + String(n)
    }

    /// A theme colour as a terminal colour number (-1 for the terminal's own), folded down when
    /// the terminal has fewer colours.
    static func number(_ color: ThemeColor, colors: Int) -> Int {
        switch color {
        case .terminalDefault: return -1
        case .indexed(let n): return n < colors ? n : fold(n, colors: colors)
        case .rgb(let r, let g, let b):
            let cube = { (v: UInt8) -> Int in v < 48 ? 0 : v < 115 ? 1 : (Int(v) - 35) / 40 }
            let n = 16 + 36 * cube(r) + 6 * cube(g) + cube(b)
            return n < colors ? n : fold(n, colors: colors)
        }
    }

    /// The nearest of the 8 or 16 basic colours for a 256-colour index.
    private static func fold(_ n: Int, colors: Int) -> Int {
        var (r, g, b) = (0, 0, 0)
        if n < 16 { return colors >= 16 ? n : n % 8 }
        if n >= 232 {
            let level = (n - 232) * 10 + 8
            (r, g, b) = (level, level, level)
        } else {
            let i = n - 16
            let scale = [0, 95, 135, 175, 215, 255]
            (r, g, b) = (scale[i / 36], scale[(i / 6) % 6], scale[i % 6])
        }
        let bright = max(r, g, b) > 200 && colors >= 16
        let basic = (r > 127 ? 1 : 0) | (g > 127 ? 2 : 0) | (b > 127 ? 4 : 0)
        if basic == 0 && max(r, g, b) > 90 { return colors >= 16 ? 8 : 0 }
        return basic + (bright ? 8 : 0)
    }
}
