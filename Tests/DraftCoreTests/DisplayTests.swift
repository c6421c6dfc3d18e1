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

    func testControlCharactersAndHiddenFormatCharactersBecomeVisible() {
        func shown(_ s: String) -> String { s.flatMap { DisplayText.cells(of: $0) }.map(\.text).joined() }
        XCTAssertEqual(shown("a\u{1B}[2Jb"), "a^[[2Jb")
        XCTAssertEqual(shown("\u{1B}]52;c;ZXZpbA==\u{07}"), "^[]52;c;ZXZpbA==^G")
        XCTAssertEqual(shown("x\ry\u{08}z\u{7F}"), "x^My^Hz^?")
        XCTAssertEqual(shown("\r\n"), "^M^J")
        XCTAssertEqual(shown("a\u{9B}31m"), "a<9B>31m", "C1 CSI is as dangerous as ESC [")
        XCTAssertEqual(shown("abc\u{202E}fed\u{2066}x\u{2069}"), "abc<202E>fed<2066>x<2069>")
        XCTAssertEqual(shown("fr\u{200B}ee\u{2060}\u{FEFF}"), "fr<200B>ee<2060><FEFF>", "zero-width characters show")
        XCTAssertEqual(shown("a\u{E0041}b"), "a<E0041>b", "a tag character riding on a letter shows")
        XCTAssertEqual(shown("👩‍👩‍👧"), "👩‍👩‍👧", "the zero-width joiner of an emoji is not hidden text")
        XCTAssertEqual(DisplayText.width(of: "a\u{E0041}"), 8, "measured as drawn")
        for character in "\u{1B}[31m\u{07}\u{9B}\u{202E}" {
            for piece in DisplayText.cells(of: character) {
                XCTAssertFalse(
                    piece.text.unicodeScalars.contains {
                        DisplayText.isControl($0) || DisplayText.isInvisibleFormat($0)
                    })
            }
        }
    }

    func testTerminalSafeTextShowsEveryControlAndTheClipboardGetsNone() {
        XCTAssertEqual(
            TerminalText.safe("HTTP 404: \u{1B}]52;c;ZXZpbA==\u{07}\u{1B}]0;t\u{07}x\u{9B}2J\u{202E}y"),
            "HTTP 404: ^[]52;c;ZXZpbA==^G^[]0;t^Gx<9B>2J<202E>y")
        XCTAssertEqual(TerminalText.safe("plain line"), "plain line")
        XCTAssertEqual(
            TerminalText.forPaste("a\r\nb\rc\n\td\u{1B}[201~e\u{08}\u{9B}f\u{200B}g\u{202E}h\u{7F}"),
            "a\nb\nc\n\td[201~efgh", "CR LF and CR become LF; every other control and hidden character goes")
        XCTAssertEqual(TerminalText.forPaste("Hi %first_name%,\n\nCafé 😀"), "Hi %first_name%,\n\nCafé 😀")
    }
}
