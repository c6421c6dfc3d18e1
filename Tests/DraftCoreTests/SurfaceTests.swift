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
        surface.put("a", x: 1, y: 0, role: .normal)  // over the right half of 中
        XCTAssertEqual(surface.textLines, [" a文x"])
        var edge = Surface(width: 3, height: 1)
        XCTAssertEqual(edge.put("a中文", x: 0, y: 0, role: .normal), 3)
        XCTAssertEqual(edge.textLines, ["a中"])
        edge.put("中", x: 2, y: 0, role: .normal)  // would stick out: not drawn
        XCTAssertEqual(edge[2, 0].width, 0)
    }

    func testCombiningMarksStayWithTheirBase() {
        var surface = Surface(width: 4, height: 1)
        surface.put("e\u{301}x", x: 0, y: 0, role: .normal)
        XCTAssertEqual(surface.text(atX: 0, y: 0), "e\u{301}")
        XCTAssertEqual(surface.text(atX: 1, y: 0), "x")
    }

    /// A field whose text starts with a lone accent leaves its label alone: the accent joined the
    /// label's last cell, which a frame built from the last one does not draw again.
    func testALoneAccentDoesNotReachLeftOfWhereItsTextStarts() {
        var surface = Surface(width: 12, height: 1)
        surface.put("Subject ", x: 0, y: 0, role: .label)
        surface.put([Span("\u{301}&", .normal), Span("\u{301}x", .normal)], x: 8, y: 0)
        surface.put("\u{200D}y", x: 10, y: 0, role: .normal)
        XCTAssertEqual(surface.textLines[0], "Subject &\u{301}xy")
    }

    func testControlTextIsDrawnVisiblyWithTheControlRole() {
        var surface = Surface(width: 10, height: 1)
        surface.put("a\u{1B}b", x: 0, y: 0, role: .normal)
        XCTAssertEqual(surface.textLines, ["a^[b"])
        XCTAssertEqual(surface[1, 0].role, .control)
        XCTAssertTrue(
            surface.cells.allSatisfy { !surface.text(of: $0).unicodeScalars.contains(where: DisplayText.isControl) })
    }

    func testCellsArePlainEightByteData() {
        // Rows are compared with a byte comparison: a cell must have no padding and no references.
        XCTAssertEqual(MemoryLayout<Cell>.size, 8)
        XCTAssertEqual(MemoryLayout<Cell>.stride, 8)
        XCTAssertTrue(_isPOD(Cell.self))
    }

    func testClustersAndWideCharactersRoundTripThroughTheGrid() {
        var surface = Surface(width: 12, height: 1)
        surface.put("👩‍👩‍👧🇫🇷中a", x: 0, y: 0, role: .normal)
        XCTAssertEqual(surface.textLines, ["👩‍👩‍👧🇫🇷中a"])
        XCTAssertTrue(surface[0, 0].isCluster)
        XCTAssertEqual(surface[1, 0].width, 0, "the right half of a wide cluster")
    }

    func testRowsCompareByWhatTheyShowAcrossSurfaces() {
        var a = Surface(width: 6, height: 2), b = Surface(width: 6, height: 2)
        a.put("x", x: 0, y: 0, role: .normal)
        a.put("e\u{301}👍🏽", x: 0, y: 1, role: .normal)
        b.put("😀", x: 0, y: 0, role: .normal)  // a cluster first, so the two tables number differently
        b.put("x ", x: 0, y: 0, role: .normal)
        b.put("e\u{301}👍🏽", x: 0, y: 1, role: .normal)
        XCTAssertTrue(a.rowEquals(0, b))
        XCTAssertTrue(a.rowEquals(1, b))
        XCTAssertEqual(a, b)
        b.put("e\u{302}", x: 0, y: 1, role: .normal)
        XCTAssertFalse(a.rowEquals(1, b), "another accent on the same letter")
        b.put("e", x: 0, y: 0, role: .variable)
        XCTAssertFalse(a.rowEquals(0, b))
    }

    func testOverlaysMarkCellsWithoutChangingTheirRole() {
        var surface = Surface(width: 8, height: 1)
        surface.put([Span("ab", .variable), Span("cd", .normal, overlay: .match)], x: 0, y: 0)
        surface.setOverlay(.selectedText, in: Rect(x: 0, y: 0, width: 1, height: 1))
        XCTAssertEqual(surface[0, 0].role, .variable)
        XCTAssertEqual(surface[0, 0].overlay, .selectedText)
        XCTAssertEqual(surface[2, 0].overlay, .match)
        XCTAssertNil(surface[4, 0].overlay)
    }

    func testACopiedBlockBringsItsClustersAlong() {
        var source = Surface(width: 6, height: 2)
        source.put("👍🏽e\u{301}", x: 1, y: 1, role: .label)
        var target = Surface(width: 6, height: 2)
        target.put("👍🏽", x: 0, y: 0, role: .normal)
        let block = source.cropped(to: Rect(x: 1, y: 1, width: 4, height: 1))
        XCTAssertEqual(block.textLines, ["👍🏽é"])
        target.paste(block, x: 1, y: 1)
        XCTAssertEqual(target.textLines, ["👍🏽", " 👍🏽é"])
        XCTAssertTrue(target.rowEquals(1, source))
        target.paste(block, x: -1, y: 0)  // clipped on the left: the emoji's right half alone is not drawn
        XCTAssertEqual(target.textLines, [" é", " 👍🏽é"])
    }

    func testOverwritingHalfAWideCharacterBlanksItsOtherHalf() {
        var surface = Surface(width: 6, height: 1)
        surface.put("中文", x: 0, y: 0, role: .normal)
        surface.fill(Rect(x: 1, y: 0, width: 1, height: 1), role: .dim)
        XCTAssertEqual(surface.textLines, ["  文"])
        XCTAssertEqual(surface[2, 0].width, 2, "the character after the fill is untouched")
        surface.repeated("─", count: 3, x: 2, y: 0, role: .border)
        XCTAssertEqual(surface.textLines, ["  ───"])
    }
}
