import XCTest
import TestSupport
@testable import DraftCore

final class TextSearchTests: XCTestCase {
    override func setUp() { useUTF8Locale() }

    func testSmartCase() {
        let text = "RouteWise routes the route"
        XCTAssertEqual(TextSearch("route")!.ranges(in: text), [0..<5, 10..<15, 21..<26], "lower case finds every case")
        XCTAssertEqual(TextSearch("Route")!.ranges(in: text), [0..<5], "a capital makes it exact")
        XCTAssertTrue(TextSearch("route")!.ignoresCase)
        XCTAssertFalse(TextSearch("Route")!.ignoresCase)
    }

    func testVariablesAndSymbolsMatchLiterally() {
        let text = "Hi %first_name%, {{company}} and &&fill&& .* (x)"
        XCTAssertEqual(TextSearch("%first_name%")!.ranges(in: text), [3..<15])
        XCTAssertEqual(TextSearch("{{company}}")!.ranges(in: text), [17..<28])
        XCTAssertEqual(TextSearch(".*")!.ranges(in: text), [42..<44])
        XCTAssertNil(TextSearch(""), "an empty query finds nothing")
    }

    func testMatchesNeverSplitAGrapheme() {
        let text = "cafe\u{301} cafe café"
        XCTAssertEqual(TextSearch("cafe")!.ranges(in: text), [7..<11], "not the e that carries a combining accent")
        XCTAssertEqual(
            TextSearch("café")!.ranges(in: text), [0..<6, 12..<17], "an accented letter finds both of its spellings")
        XCTAssertEqual(TextSearch("👩")!.ranges(in: "👩‍👩‍👧 👩"), [19..<23], "not a part of a family emoji")
    }

    func testQueriesBeyondASCIIIgnoreCaseToo() {
        let text = "GRÜSSE aus München, grüße!"
        XCTAssertEqual(TextSearch("münchen")!.ranges(in: text).count, 1)
        XCTAssertEqual(TextSearch("grüße")!.ranges(in: text), [22..<29])
        XCTAssertEqual(TextSearch("中文")!.ranges(in: "中文 and 中文"), [0..<6, 11..<17])
    }

    func testMatchesDoNotOverlap() {
        XCTAssertEqual(TextSearch("aa")!.ranges(in: "aaaaa"), [0..<2, 2..<4])
    }
}
