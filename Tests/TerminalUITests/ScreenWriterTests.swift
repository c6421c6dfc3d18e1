import DraftCore
import TestSupport
import XCTest
@testable import TerminalUI

/// The bytes a frame sends: only what changed, each look selected once, the cursor moved only
/// where writing did not leave it.
final class ScreenWriterTests: XCTestCase {
    override func setUp() { useUTF8Locale() }

    private func writer(colors: Int = 256) -> ScreenWriter {
        ScreenWriter(
            palette: Palette(theme: BuiltinTheme.theme, colors: colors), asciiOnly: false, writesBottomRight: true,
            normalIsPlain: true)
    }

    private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    func testTheFirstFrameClearsAndWritesOnlyWhatIsNotBlank() {
        var surface = Surface(width: 10, height: 2)
        surface.put("ab", x: 3, y: 1, role: .normal)
        var writer = self.writer()
        var out: [UInt8] = []
        writer.frame(surface, previous: nil, into: &out)
        XCTAssertEqual(text(out), "\u{1B}[0m\u{1B}[H\u{1B}[2J\u{1B}[2;4Hab\u{1B}[?25l")
    }

    func testASurfaceWithNoColumnsOrRowsIsWrittenWithoutTrapping() {
        for (width, height) in [(0, 5), (5, 0), (0, 0)] {
            var writer = self.writer()
            var out: [UInt8] = []
            writer.frame(Surface(width: width, height: height), previous: nil, into: &out)
            XCTAssertTrue(
                text(out).hasPrefix("\u{1B}[0m\u{1B}[H\u{1B}[2J"), "\(width)×\(height): cleared, nothing else drawn")
        }
    }

    func testTypingACharacterSendsThatCharacterAndNothingElse() {
        var before = Surface(width: 20, height: 3)
        before.put("Hello", x: 0, y: 1, role: .normal)
        before.cursor = (5, 1)
        var writer = self.writer()
        var out: [UInt8] = []
        writer.frame(before, previous: nil, into: &out)
        var after = before
        after.put("!", x: 5, y: 1, role: .normal)
        after.cursor = (6, 1)
        out = []
        writer.frame(after, previous: before, into: &out)
        XCTAssertEqual(text(out), "!", "the cursor was left where the character goes, and where it must end")
        out = []
        writer.frame(after, previous: after, into: &out)
        XCTAssertEqual(out, [], "nothing changed: nothing is sent")
    }

    func testAFrameMadeFromTheOneShownIsComparedOnlyInTheRowsItNames() {
        var before = Surface(width: 20, height: 3)
        before.lineage = Surface.Lineage(frame: 1, base: nil, changedRows: [])
        var writer = self.writer()
        var out: [UInt8] = []
        writer.frame(before, previous: nil, into: &out)
        var after = before
        after.put("top", x: 0, y: 0, role: .normal)
        after.put("mid", x: 0, y: 1, role: .normal)
        after.lineage = Surface.Lineage(frame: 2, base: 1, changedRows: [1..<2])
        out = []
        writer.frame(after, previous: before, into: &out)
        XCTAssertTrue(text(out).contains("mid"), "the row it names is compared and written")
        XCTAssertFalse(text(out).contains("top"), "a row it does not name is taken as unchanged, not read")
        after.lineage = Surface.Lineage(frame: 3, base: 7, changedRows: [1..<2])
        out = []
        writer.frame(after, previous: before, into: &out)
        XCTAssertTrue(text(out).contains("top"), "made from another frame than the one shown: every row is compared")
    }

    func testALookIsSelectedOnlyWhenItChanges() {
        var before = Surface(width: 20, height: 1)
        var after = before
        after.put([Span("%a%", .variable), Span("%b%", .variable), Span("x")], x: 0, y: 0)
        var writer = self.writer()
        var out: [UInt8] = []
        writer.frame(before, previous: nil, into: &out)
        out = []
        writer.frame(after, previous: before, into: &out)
        XCTAssertEqual(text(out), "\u{1B}[0;1;33m%a%%b%\u{1B}[0mx", "the clear left the cursor at the start")
        before = after
    }

    func testOverlaysColoursWideCharactersAndClusters() {
        var surface = Surface(width: 12, height: 1)
        surface.put([Span("中", .normal, overlay: .selectedText), Span("e\u{301}", .diffAdded)], x: 0, y: 0)
        var writer = self.writer(colors: 8)
        var out: [UInt8] = []
        writer.frame(surface, previous: Surface(width: 12, height: 1), into: &out)
        XCTAssertEqual(text(out), "\u{1B}[1;1H\u{1B}[0;7m中\u{1B}[0;1;32me\u{301}\u{1B}[?25l")
    }

    func testTheBottomRightCellIsLeftAloneWhereWritingItWouldScroll() {
        var surface = Surface(width: 3, height: 2)
        surface.put("abc", x: 0, y: 1, role: .normal)
        var writer = ScreenWriter(
            palette: Palette(theme: BuiltinTheme.theme, colors: 0), asciiOnly: false, writesBottomRight: false,
            normalIsPlain: true)
        var out: [UInt8] = []
        writer.frame(surface, previous: Surface(width: 3, height: 2), into: &out)
        XCTAssertEqual(text(out), "\u{1B}[2;1H\u{1B}[0mab\u{1B}[?25l")
    }

    func testWithoutUTF8OnlyASCIIGoesOut() {
        var surface = Surface(width: 6, height: 1)
        surface.put("aé中", x: 0, y: 0, role: .normal)
        var writer = ScreenWriter(
            palette: Palette(theme: BuiltinTheme.theme, colors: 0), asciiOnly: true, writesBottomRight: true,
            normalIsPlain: true)
        var out: [UInt8] = []
        writer.frame(surface, previous: Surface(width: 6, height: 1), into: &out)
        XCTAssertEqual(text(out), "\u{1B}[1;1H\u{1B}[0ma??\u{1B}[?25l")
    }
}
