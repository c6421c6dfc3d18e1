import DraftCore
import XCTest

final class PastedTextTests: XCTestCase {
    func testTextWithoutControlsIsKeptAsItCame() {
        let text = "Hi %first_name%,\n\tindented 中文 👍🏽 café"
        XCTAssertEqual(PastedText(text), PastedText(text))
        XCTAssertEqual(PastedText(text).text, text)
        XCTAssertEqual(PastedText(text).leftOut, 0)
    }

    func testEachSequenceAndControlCountsOnceAndTheTextAroundThemStays() {
        let cases: [(String, String, Int)] = [
            ("a\u{1B}[38;5;196mb\u{1B}[0mc", "abc", 2),  // colours (CSI)
            ("a\u{1B}]8;;https://x.example\u{07}b", "ab", 1),  // a hyperlink ended by BEL (OSC)
            ("a\u{1B}]0;title\u{1B}\\b", "ab", 1),  // a title ended by ESC \ (OSC)
            ("a\u{1B}Mb", "ab", 1),  // ESC and one character
            ("a\u{1B}(Bb\u{1B}[m", "ab", 2),  // a character set (tput sgr0), intermediate and final
            ("a\u{1B}é中", "aé中", 1),  // a lone escape: what follows is text
            ("\u{1B}e\u{301}x", "e\u{301}x", 1),  // an e with its accent is the letter, not ESC e
            ("a\u{1B}", "a", 1),  // an escape cut off at the end
            ("a\u{1B}[12", "a", 1),  // a CSI cut off at the end
            ("a\u{00}b\u{08}c\u{7F}d\u{85}e\u{9B}f", "abcdef", 5),  // NUL, backspace, DEL, C1
            ("line\nnext\ttab", "line\nnext\ttab", 0)
        ]
        for (pasted, kept, count) in cases {
            let clean = PastedText(pasted)
            XCTAssertEqual(clean.text, kept, pasted.debugDescription)
            XCTAssertEqual(clean.leftOut, count, pasted.debugDescription)
        }
    }
}
