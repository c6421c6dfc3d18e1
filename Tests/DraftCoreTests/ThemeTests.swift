import XCTest
@testable import DraftCore

final class ThemeTests: XCTestCase {
    static let themesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes")

    func testColoursAndAttributesParse() {
        let (theme, problems) = Theme.parse("""
        # comment
        variable = yellow default bold underline
        header = 17 #ff8800 reverse
        warning = bright-red black
        """, name: "t", file: "t.theme", base: nil)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(theme.style(.variable), Style(foreground: .indexed(3), background: .terminalDefault, attributes: [.bold, .underline]))
        XCTAssertEqual(theme.style(.header), Style(foreground: .indexed(17), background: .rgb(0xFF, 0x88, 0), attributes: .reverse))
        XCTAssertEqual(theme.style(.warning).foreground, .indexed(9))
    }

    func testBadLinesAreReportedWithFileAndLineAndTheRestApplies() {
        let (theme, problems) = Theme.parse("""
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
        XCTAssertEqual(plain.style(.paneTitleFocused).attributes, [.bold, .reverse], "stood out by colour: now reversed")
        XCTAssertEqual(plain.style(.variable).attributes, [.bold])
        XCTAssertTrue(plain.style(.selection).attributes.contains(.reverse))
    }
}
