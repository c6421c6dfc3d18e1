import XCTest
import TestSupport
@testable import DraftCore

final class DisplayTests: XCTestCase {
    override func setUp() { useUTF8Locale() }

    func testWidthsFollowWcwidthPerGraphemeCluster() {
        XCTAssertEqual(DisplayWidth.of("a" as Character), 1)
        XCTAssertEqual(DisplayWidth.of("中" as Character), 2)
        XCTAssertEqual(DisplayWidth.of("😀" as Character), 2)
        XCTAssertEqual(DisplayWidth.of("e\u{301}" as Character), 1, "a combining mark adds no width")
        XCTAssertEqual(DisplayWidth.of("👩‍👩‍👧" as Character), 2, "a ZWJ family is one wide cell")
        XCTAssertEqual(DisplayWidth.of("中文 abc"), 8)
    }

    func testControlCharactersBecomeVisibleAndBidiOverridesAreDropped() {
        func shown(_ s: String) -> String { s.flatMap { DisplayText.cells(of: $0) }.map(\.text).joined() }
        XCTAssertEqual(shown("a\u{1B}[2Jb"), "a^[[2Jb")
        XCTAssertEqual(shown("\u{1B}]52;c;ZXZpbA==\u{07}"), "^[]52;c;ZXZpbA==^G")
        XCTAssertEqual(shown("x\ry\u{08}z\u{7F}"), "x^My^Hz^?")
        XCTAssertEqual(shown("\r\n"), "^M^J")
        XCTAssertEqual(shown("a\u{9B}31m"), "a<9B>31m", "C1 CSI is as dangerous as ESC [")
        XCTAssertEqual(shown("abc\u{202E}fed\u{2066}x\u{2069}"), "abcfedx")
        for character in "\u{1B}[31m\u{07}\u{9B}\u{202E}" {
            for piece in DisplayText.cells(of: character) {
                XCTAssertFalse(piece.text.unicodeScalars.contains { DisplayText.isControl($0) || DisplayText.isInvisibleFormat($0) })
            }
        }
    }
}
