import CNcursesw
import DraftCore

/// Style roles → curses attributes and colour pairs, worked out once when the terminal starts.
@MainActor
final class Palette {
    private var looks: [StyleRole: (attributes: attr_t, pair: Int32)] = [:]
    private var scratch = [wchar_t](repeating: 0, count: 8)
    /// Without a UTF-8 locale curses cannot draw other characters: they show as '?'.
    private let asciiOnly = !DisplayWidth.localeIsUTF8

    init(theme: Theme, color: Bool) {
        var pairs: [[Int32]: Int32] = [:]
        if color {
            start_color()
            use_default_colors()
        }
        let colors = Int(pd_colors())
        for role in StyleRole.allCases {
            let style = theme.style(role)
            var attributes = pd_a_normal()
            if style.attributes.contains(.bold) { attributes |= pd_a_bold() }
            if style.attributes.contains(.dim) { attributes |= pd_a_dim() }
            if style.attributes.contains(.underline) { attributes |= pd_a_underline() }
            if style.attributes.contains(.reverse) { attributes |= pd_a_reverse() }
            if style.attributes.contains(.italic) { attributes |= pd_a_italic() }
            var pair: Int32 = 0
            if color {
                let key = [Palette.index(style.foreground, colors: colors), Palette.index(style.background, colors: colors)]
                if key != [-1, -1] {
                    if let existing = pairs[key] {
                        pair = existing
                    } else if Int32(pairs.count + 1) < pd_color_pairs() {
                        pair = Int32(pairs.count + 1)
                        init_extended_pair(pair, key[0], key[1])
                        pairs[key] = pair
                    }
                }
            }
            looks[role] = (attributes, pair)
        }
    }

    /// Fills a curses cell with a surface cell's text and look.
    func cell(_ cell: Cell, into target: inout cchar_t) {
        let look = looks[cell.role] ?? (pd_a_normal(), 0)
        var count = 0
        for var scalar in cell.text.unicodeScalars where count < 5 {
            if asciiOnly && scalar.value > 0x7E {
                if count > 0 { break }
                scalar = "?"
            }
            // After the base character only zero-width scalars may share a curses cell.
            if count > 0 && DisplayWidth.of(Character(scalar)) != 0 { break }
            scratch[count] = wchar_t(bitPattern: scalar.value)
            count += 1
        }
        if count == 0 { scratch[0] = 32; count = 1 }
        scratch[count] = 0
        pd_setcchar(&target, scratch, look.attributes, look.pair)
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
