import XCTest
import TestSupport
@testable import DraftCore

final class SurfaceTests: XCTestCase {
    override func setUp() { useUTF8Locale() }

    func testWritesAreClippedToTheGridAndTheLimit() {
        var surface = Surface(width: 6, height: 2)
        XCTAssertEqual(surface.put("abcdefgh", x: 2, y: 0, role: .normal), 6)
        surface.put("zzz", x: -1, y: 1, role: .normal)
        surface.put("never", x: 0, y: 5, role: .normal)
        surface.put("12345", x: 0, y: 1, role: .normal, limit: 3)
        XCTAssertEqual(surface.textLines, ["  abcd", "123"])
    }

    func testWideCharactersNeverLeaveHalfACharacter() {
        var surface = Surface(width: 5, height: 1)
        surface.put("中文x", x: 0, y: 0, role: .normal)
        XCTAssertEqual(surface.textLines, ["中文x"])
        surface.put("a", x: 1, y: 0, role: .normal) // over the right half of 中
        XCTAssertEqual(surface.textLines, [" a文x"])
        var edge = Surface(width: 3, height: 1)
        XCTAssertEqual(edge.put("a中文", x: 0, y: 0, role: .normal), 3)
        XCTAssertEqual(edge.textLines, ["a中"])
        edge.put("中", x: 2, y: 0, role: .normal) // would stick out: not drawn
        XCTAssertEqual(edge[2, 0].width, 0)
    }

    func testCombiningMarksStayWithTheirBase() {
        var surface = Surface(width: 4, height: 1)
        surface.put("e\u{301}x", x: 0, y: 0, role: .normal)
        XCTAssertEqual(surface[0, 0].text, "e\u{301}")
        XCTAssertEqual(surface[1, 0].text, "x")
    }

    func testControlTextIsDrawnVisiblyWithTheControlRole() {
        var surface = Surface(width: 10, height: 1)
        surface.put("a\u{1B}b", x: 0, y: 0, role: .normal)
        XCTAssertEqual(surface.textLines, ["a^[b"])
        XCTAssertEqual(surface[1, 0].role, .control)
        XCTAssertTrue(surface.cells.allSatisfy { !$0.text.unicodeScalars.contains(where: DisplayText.isControl) })
    }
}
