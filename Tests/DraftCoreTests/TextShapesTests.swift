import DraftCore
import TestSupport
import XCTest

/// The text shapes the views use instead of NSString's.
final class TextShapesTests: XCTestCase {
    override func setUp() { useUTF8Locale() }

    func testPaddingCountsColumnsOnScreenAndNeverCuts() {
        XCTAssertEqual("Hook".padded(toWidth: 7), "Hook   ")
        XCTAssertEqual("日本".padded(toWidth: 6), "日本  ", "a wide character takes two columns")
        XCTAssertEqual("e\u{301}".padded(toWidth: 2), "e\u{301} ", "a combining accent takes none")
        XCTAssertEqual("longer than that".padded(toWidth: 4), "longer than that")
    }

    func testTrimming() {
        XCTAssertEqual(" \t hello world \n".trimmed, "hello world")
        XCTAssertEqual("   ".trimmed, "")
        XCTAssertEqual("%first_name%".trimmed(while: { $0 == "%" }), "first_name")
        XCTAssertEqual("{{ name }}".trimmed(while: { "{} ".contains($0) }), "name")
        XCTAssertEqual(" a\n".trimmed(while: { $0 == " " }), "a\n", "only what the rule names")
    }

    func testReplacingCharacters() {
        XCTAssertEqual("follow_up".replacing(where: { $0 == "_" }, with: " "), "follow up")
        XCTAssertEqual(
            "a\r\nb\nc\rd".replacing(where: { $0 == "\n" || $0 == "\r\n" }, with: " ⏎ "), "a ⏎ b ⏎ c\rd",
            "CR LF is one character; a lone CR is left for the sanitiser")
    }

    func testRightAligned() {
        XCTAssertEqual(3.rightAligned(width: 2), " 3")
        XCTAssertEqual(12.rightAligned(width: 2), "12")
        XCTAssertEqual(123.rightAligned(width: 2), "123")
    }
}
