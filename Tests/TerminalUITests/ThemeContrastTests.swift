import DraftCore
import Foundation
import XCTest

@testable import TerminalUI

/// Every shipped theme reads in a real terminal: contrast computed from the theme files with
/// xterm's default palette (bold on one of the eight colours shows its bright twin, as xterm's
/// `boldColors` does), the terminal's own colours taken as xterm's light grey on black.
final class ThemeContrastTests: XCTestCase {
    /// xterm's sixteen, then its 256-colour cube and greys.
    private static func rgb(_ n: Int) -> (Double, Double, Double) {
        let sixteen: [(Double, Double, Double)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
            (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
            (255, 0, 255), (0, 255, 255), (255, 255, 255)
        ]
        if n < 16 { return sixteen[n] }
        if n >= 232 { return (Double(8 + 10 * (n - 232)), Double(8 + 10 * (n - 232)), Double(8 + 10 * (n - 232))) }
        let steps: [Double] = [0, 95, 135, 175, 215, 255], i = n - 16
        return (steps[i / 36], steps[(i / 6) % 6], steps[i % 6])
    }

    /// WCAG's relative luminance and contrast ratio.
    private static func luminance(_ c: (Double, Double, Double)) -> Double {
        func channel(_ v: Double) -> Double {
            let s = v / 255
            return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
    }

    private static func contrast(_ a: Int, _ b: Int) -> Double {
        let (x, y) = (luminance(rgb(a)), luminance(rgb(b)))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    /// Dim text, borders and placeholders need 3:1 (WCAG's large-text and graphics figure);
    /// every other role is text and needs 4.5:1.
    private static let soft: Set<StyleRole> = [.dim, .border, .placeholder]
    /// Drawn over another role: their `default` keeps what is under them.
    private static let overlays: Set<StyleRole> = [.selectedText, .match, .matchCurrent, .misspelled]

    private func shippedThemes() throws -> [(String, Theme)] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../themes")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".theme") }
        XCTAssertEqual(Set(files), ["default.theme", "dark.theme", "light.theme", "high-contrast.theme", "mono.theme"])
        return try files.sorted().map { file in
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let (theme, problems) = Theme.parse(text, name: file, file: file, base: BuiltinTheme.theme)
            XCTAssertEqual(problems, [], file)
            return (file, theme)
        }
    }

    /// A colour as xterm shows it: the theme's own, or where it says `default`, the normal role's,
    /// else the terminal's (light grey text on black).
    private func number(_ color: ThemeColor, orNormal normal: ThemeColor, terminal: Int) -> Int {
        for candidate in [color, normal] {
            switch candidate {
            case .indexed(let n): return n
            case .rgb: return Palette.number(candidate, colors: 256)
            case .terminalDefault: continue
            }
        }
        return terminal
    }

    func testEveryRoleOfEveryThemeReadsAtWCAGContrast() throws {
        for (file, theme) in try shippedThemes() where file != "mono.theme" {
            let normal = theme.style(.normal)
            for role in StyleRole.allCases {
                let style = theme.style(role)
                var fg = number(style.foreground, orNormal: normal.foreground, terminal: 7)
                var bg = number(style.background, orNormal: normal.background, terminal: 0)
                if style.attributes.contains(.bold) && fg < 8 { fg += 8 }
                if style.attributes.contains(.reverse) { swap(&fg, &bg) }
                let needed = Self.soft.contains(role) ? 3.0 : 4.5
                let ratio = Self.contrast(fg, bg)
                XCTAssertGreaterThanOrEqual(
                    ratio, needed, "\(file): \(role.name) is \(String(format: "%.2f", ratio)):1 (\(fg) on \(bg))")
            }
        }
    }

    func testAThemeWithABackgroundOfItsOwnUsesItEverywhere() throws {
        for (file, theme) in try shippedThemes() where theme.style(.normal).background != .terminalDefault {
            for role in StyleRole.allCases where !Self.overlays.contains(role) {
                XCTAssertNotEqual(
                    theme.style(role).background, .terminalDefault,
                    "\(file): \(role.name) would show the terminal's own background")
            }
        }
    }

    /// The SGR the palette sends for a role, read back: its foreground and background numbers
    /// (-1 for the terminal's own) and whether it is dimmed.
    private func drawn(_ palette: inout Palette, _ role: StyleRole) -> (fg: Int, bg: Int, dim: Bool) {
        let sequence = String(decoding: palette.sequence(role, nil), as: UTF8.self)
        let codes = sequence.dropFirst(2).dropLast().split(separator: ";").compactMap { Int($0) }
        var (fg, bg, dim) = (-1, -1, false)
        for code in codes {
            switch code {
            case 2: dim = true
            case 30...37: fg = code - 30
            case 40...47: bg = code - 40
            default: break
            }
        }
        return (fg, bg, dim)
    }

    func testAtEightColoursNothingFoldsIntoItsBackground() throws {
        for (file, theme) in try shippedThemes() where file != "mono.theme" {
            var palette = Palette(theme: theme, colors: 8)
            for role in StyleRole.allCases where theme.style(role).foreground != .terminalDefault {
                let look = drawn(&palette, role)
                XCTAssertNotEqual(look.fg, max(0, look.bg), "\(file): \(role.name) at 8 colours")
            }
        }
        var palette = Palette(theme: BuiltinTheme.theme, colors: 8)
        let dim = drawn(&palette, .dim)
        XCTAssertEqual(dim.fg, 7, "bright-black would be black on the terminal's black: it is white…")
        XCTAssertTrue(dim.dim, "…dimmed, so it still reads as dim text")
    }
}
