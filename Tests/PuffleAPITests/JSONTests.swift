import XCTest
@testable import PuffleAPI

final class JSONTests: XCTestCase {
    func testKeyOrderAndNumberLiteralsSurviveARoundTrip() throws {
        let text =
            #"{"z":1,"a":{"y":[1,2.50,-0,1e3],"b":null},"big":9007199254740991,"neg":-9007199254740991,"t":true}"#
        let value = try JSONParser.parse(text)
        XCTAssertEqual(JSONWriter.string(value), text)
        XCTAssertEqual(value["big"], .number(JSONNumber(literal: "9007199254740991")!))
        if case .number(let n)? = value["neg"] { XCTAssertEqual(n.intValue, -9_007_199_254_740_991) } else { XCTFail() }
    }

    func testEscapesAndUnicode() throws {
        let value = try JSONParser.parse(#"["a\"b\\c\/\n\t\u00e9\ud83d\ude00\u4e2d", "é😀中", "\ud800"]"#)
        XCTAssertEqual(value.arrayValue?[0], .string("a\"b\\c/\n\té😀中"))
        XCTAssertEqual(value.arrayValue?[1], .string("é😀中"))
        XCTAssertEqual(value.arrayValue?[2], .string("\u{FFFD}"), "a lone surrogate becomes U+FFFD")
        let written = JSONWriter.string(.string("quote\" back\\ nl\n ctl\u{01} é"))
        XCTAssertEqual(written, #""quote\" back\\ nl\n ctl\u0001 é""#)
        XCTAssertEqual(try JSONParser.parse(written), .string("quote\" back\\ nl\n ctl\u{01} é"))
    }

    func testDuplicateKeysKeepTheLastValueAtTheFirstPosition() throws {
        let value = try JSONParser.parse(#"{"a":1,"b":2,"a":3}"#)
        XCTAssertEqual(value.objectValue?.keys, ["a", "b"])
        XCTAssertEqual(value["a"], 3)
        let many = "{" + (0..<40).map { "\"k\($0)\":\($0)" }.joined(separator: ",") + ",\"k5\":99}"
        let parsed = try JSONParser.parse(many)
        XCTAssertEqual(parsed.objectValue?.count, 40)
        XCTAssertEqual(parsed["k5"], 99)
    }

    func testMalformedDocumentsAreTypedErrorsWithAPosition() {
        let cases: [(String, String)] = [
            (#"{"a":1"#, "ends"), (#"{"a" 1}"#, "':'"), ("[1,]", "unexpected"), ("01", "malformed number"),
            ("-", "malformed number"), ("1.", "malformed number"), (#""abc"#, "ends inside a string"),
            ("\"a\u{01}\"", "control character"), (#""\x""#, "unknown escape"), ("nul", "ends too early"),
            ("[1] [2]", "after the end"), ("", "ends too early"), (#"{"a":tru}"#, "unexpected character")
        ]
        for (text, expected) in cases {
            do {
                _ = try JSONParser.parse(text)
                XCTFail("\(text) should not parse")
            } catch {
                XCTAssertTrue(error.description.contains(expected), "\(text): \(error.description)")
            }
        }
    }

    func testInvalidUTF8IsRejected() {
        XCTAssertThrowsError(try JSONParser.parse([0x22, 0xFF, 0xFE, 0x22]))
    }

    func testDeepNestingIsRefusedRatherThanOverflowingTheStack() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        XCTAssertThrowsError(try JSONParser.parse(deep)) { error in
            XCTAssertTrue("\(error)".contains("nested deeper"))
        }
        let ok = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        XCTAssertNoThrow(try JSONParser.parse(ok))
    }

    func testPrettyOutputParsesBackToTheSameValue() throws {
        let value: JSONValue = ["b": [1, 2, ["c": .null]], "a": "x", "e": [], "o": [:]]
        let pretty = JSONWriter.string(value, pretty: true)
        XCTAssertTrue(pretty.contains("\n  \"a\": \"x\""))
        XCTAssertEqual(try JSONParser.parse(pretty), value)
    }
}
