import XCTest
@testable import DraftCore

final class ThemeTests: XCTestCase {
    static let themesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes")

    func testColoursAndAttributesParse() {
        let (theme, problems) = Theme.parse(
            """
            # comment
            variable = yellow default bold underline
            header = 17 #ff8800 reverse
            warning = bright-red black
            """, name: "t", file: "t.theme", base: nil)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(
            theme.style(.variable),
            Style(foreground: .indexed(3), background: .terminalDefault, attributes: [.bold, .underline]))
        XCTAssertEqual(
            theme.style(.header), Style(foreground: .indexed(17), background: .rgb(0xFF, 0x88, 0), attributes: .reverse)
        )
        XCTAssertEqual(theme.style(.warning).foreground, .indexed(9))
    }

    func testBadLinesAreReportedWithFileAndLineAndTheRestApplies() {
        let (theme, problems) = Theme.parse(
            """
            normal = default default
            nonsense line
            frobnicate = red blue
            variable = purple default
            label = red
            ai_fill = red blue sparkly
            dim = 300 default
            border = green default
            """, name: "t", file: "mine.theme", base: BuiltinTheme.theme)
        XCTAssertEqual(problems.map(\.line), [2, 3, 4, 5, 6, 7])
        XCTAssertEqual(problems[0].description, "mine.theme:2: expected `role = foreground background attributes`")
        XCTAssertEqual(problems[1].description, "mine.theme:3: unknown role `frobnicate`")
        XCTAssertEqual(theme.style(.border).foreground, .indexed(2))
        XCTAssertEqual(theme.style(.variable), BuiltinTheme.theme.style(.variable), "a bad line falls back to the base")
    }

    func testEveryShippedThemeParsesCleanlyAndCoversEveryRole() throws {
        for name in ["default", "dark", "light", "high-contrast", "mono"] {
            let url = Self.themesFolder.appendingPathComponent("\(name).theme")
            let text = try String(contentsOf: url, encoding: .utf8)
            let (theme, problems) = Theme.parse(text, name: name, file: url.path, base: nil)
            XCTAssertEqual(problems, [], name)
            XCTAssertEqual(Set(theme.styles.keys), Set(StyleRole.allCases), "\(name) names every role")
        }
    }

    func testTheShippedDefaultIsTheBuiltInOne() throws {
        let text = try String(contentsOf: Self.themesFolder.appendingPathComponent("default.theme"), encoding: .utf8)
        XCTAssertEqual(Theme.parse(text, name: "default", file: "", base: nil).0, BuiltinTheme.theme)
    }

    func testMonoAndNoColorKeepFocusVisible() throws {
        let plain = BuiltinTheme.theme.withoutColor
        XCTAssertEqual(plain.style(.paneTitleFocused).foreground, .terminalDefault)
        XCTAssertEqual(
            plain.style(.paneTitleFocused).attributes, [.bold, .reverse], "stood out by colour: now reversed")
        XCTAssertEqual(plain.style(.variable).attributes, [.bold])
        XCTAssertTrue(plain.style(.selection).attributes.contains(.reverse))
    }

    private func shipped(_ name: String) throws -> Theme {
        let text = try String(contentsOf: Self.themesFolder.appendingPathComponent("\(name).theme"), encoding: .utf8)
        return Theme.parse(text, name: name, file: name, base: nil).0
    }

    func testTheDiffLegendNamesWhatEachShippedThemeDraws() throws {
        let expected: [String: (color: DiffLegend, plain: DiffLegend)] = [
            "default": (.standard, DiffLegend(removed: "underlined", added: "bold")),
            "dark": (.standard, DiffLegend(removed: "dim underlined", added: "bold")),
            "light": (.standard, DiffLegend(removed: "dim underlined", added: "bold")),
            "high-contrast": (.standard, DiffLegend(removed: "dim underlined", added: "bold")),
            "mono": (
                DiffLegend(removed: "dim underlined", added: "bold"),
                DiffLegend(removed: "dim underlined", added: "bold")
            )
        ]
        for (name, legends) in expected {
            let theme = try shipped(name)
            XCTAssertEqual(theme.diffLegend, legends.color, name)
            XCTAssertEqual(theme.withoutColor.diffLegend, legends.plain, "\(name) without colour")
            XCTAssertNotEqual(
                theme.withoutColor.style(.diffRemoved), theme.withoutColor.style(.diffAdded),
                "\(name): removed and added words stay apart without colour")
        }
        XCTAssertEqual(
            DiffLegend.standard.text(removed: "only yours", added: "only theirs"), "red: only yours, green: only theirs"
        )
    }

    func testColoursAreNamedByHue() {
        let cases: [(ThemeColor, String?)] = [
            (.terminalDefault, nil), (.indexed(1), "red"), (.indexed(10), "green"), (.indexed(8), "grey"),
            (.indexed(4), "blue"),
            (.indexed(208), "orange"), (.indexed(51), "cyan"), (.indexed(201), "magenta"), (.indexed(226), "yellow"),
            (.indexed(244), "grey"), (.rgb(0x30, 0x60, 0xF0), "blue"), (.rgb(250, 250, 250), "white"),
            (.rgb(10, 10, 10), "black")
        ]
        for (color, name) in cases { XCTAssertEqual(color.hueName, name, "\(color)") }
    }
}
