import XCTest
@testable import TerminalUI

/// OSC 52 carries the copied text as base64: RFC 4648's vectors, and nothing of the text's own
/// bytes (an escape, a BEL that would end the sequence early) reaches the terminal.
final class Base64Tests: XCTestCase {
    private func encoded(_ text: String) -> String { String(decoding: Base64.encode(Array(text.utf8)), as: UTF8.self) }

    func testTheRFCVectors() {
        let vectors = [
            "": "", "f": "Zg==", "fo": "Zm8=", "foo": "Zm9v", "foob": "Zm9vYg==", "fooba": "Zm9vYmE=",
            "foobar": "Zm9vYmFy"
        ]
        for (plain, expected) in vectors { XCTAssertEqual(encoded(plain), expected, plain) }
        XCTAssertEqual(encoded("Hi %first_name% — 中文"), "SGkgJWZpcnN0X25hbWUlIOKAlCDkuK3mloc=")
    }

    func testControlBytesNeverSurvive() {
        let hostile = "\u{1B}]52;c;\u{07}\u{1B}[2J\u{9B}\u{0}"
        XCTAssertTrue(Base64.encode(Array(hostile.utf8)).allSatisfy { $0 > 0x20 && $0 < 0x7F })
    }
}
