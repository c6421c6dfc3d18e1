import CNcursesw
import DraftCore

/// Style roles → curses attributes and colour pairs. A cell's look is its role's style with its
/// overlay's on top (the overlay's colours where it names any, both attributes); each pairing is
/// worked out once, the first time it is drawn.
@MainActor
final class Palette {
    private struct Look {
        var attributes: attr_t
        var pair: Int32
    }

    private let theme: Theme
    private let color: Bool
    private let colors: Int
    private var pairs: [[Int32]: Int32] = [:]
    /// Indexed by role, then by overlay (0 for none, else its raw value + 1).
    private var looks: [Look?]
    private static let overlays = StyleRole.allCases.count + 1
    private var scratch = [wchar_t](repeating: 0, count: 8)
    /// Without a UTF-8 locale curses cannot draw other characters: they show as '?'.
    private let asciiOnly = !DisplayWidth.localeIsUTF8

    init(theme: Theme, color: Bool) {
        self.theme = theme
        self.color = color
        if color {
            start_color()
            use_default_colors()
        }
        colors = Int(pd_colors())
        looks = Array(repeating: nil, count: StyleRole.allCases.count * Palette.overlays)
    }

    /// Fills a curses cell with a surface cell's text and look.
    func cell(_ cell: Cell, in surface: Surface, into target: inout cchar_t) {
        let look = self.look(cell.role, cell.overlay)
        var count = 0
        if cell.isCluster {
            for var scalar in surface.text(of: cell).unicodeScalars where count < 5 {
                if asciiOnly && scalar.value > 0x7E {
                    if count > 0 { break }
                    scalar = "?"
                }
                // After the base character only zero-width scalars may share a curses cell.
                if count > 0 && DisplayWidth.of(Character(scalar)) != 0 { break }
                scratch[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
        } else if cell.glyph != 0 {
            scratch[0] = wchar_t(bitPattern: asciiOnly && cell.glyph > 0x7E ? 0x3F : cell.glyph)
            count = 1
        }
        if count == 0 { scratch[0] = 32; count = 1 }
        scratch[count] = 0
        pd_setcchar(&target, scratch, look.attributes, look.pair)
    }

    private func look(_ role: StyleRole, _ overlay: StyleRole?) -> Look {
        let index = Int(role.rawValue) * Palette.overlays + (overlay.map { Int($0.rawValue) + 1 } ?? 0)
        if let look = looks[index] { return look }
        let style = theme.style(role, under: overlay)
        let look = Look(attributes: attributes(style.attributes), pair: pair(style))
        looks[index] = look
        return look
    }

    private func attributes(_ attributes: TextAttributes) -> attr_t {
        var result = pd_a_normal()
        if attributes.contains(.bold) { result |= pd_a_bold() }
        if attributes.contains(.dim) { result |= pd_a_dim() }
        if attributes.contains(.underline) { result |= pd_a_underline() }
        if attributes.contains(.reverse) { result |= pd_a_reverse() }
        if attributes.contains(.italic) { result |= pd_a_italic() }
        return result
    }

    private func pair(_ style: Style) -> Int32 {
        guard color else { return 0 }
        let key = [Palette.index(style.foreground, colors: colors), Palette.index(style.background, colors: colors)]
        if key == [-1, -1] { return 0 }
        if let existing = pairs[key] { return existing }
        guard Int32(pairs.count + 1) < pd_color_pairs() else { return 0 }
        let pair = Int32(pairs.count + 1)
        init_extended_pair(pair, key[0], key[1])
        pairs[key] = pair
        return pair
    }

    /// A theme colour as a curses colour number, folded down when the terminal has fewer colours.
    static func index(_ color: ThemeColor, colors: Int) -> Int32 {
        switch color {
        case .terminalDefault: return -1
        case .indexed(let n): return n < colors ? Int32(n) : Int32(fold(n, colors: colors))
        case .rgb(let r, let g, let b):
            let cube = { (v: UInt8) -> Int in v < 48 ? 0 : v < 115 ? 1 : (Int(v) - 35) / 40 }
            let n = 16 + 36 * cube(r) + 6 * cube(g) + cube(b)
            return n < colors ? Int32(n) : Int32(fold(n, colors: colors))
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
