import DraftCore
import XCTest

final class SpellWordsTests: XCTestCase {
    private func words(_ line: String) -> [String] {
        let bytes = Array(line.utf8)
        return SpellWords.ranges(in: line[...]).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    func testProseIsCheckedAndTheRestIsLeftOut() {
        XCTAssertEqual(words("Hi %first_name%, teh {{ company }} plan"), ["Hi", "teh", "plan"], "variables are skipped")
        XCTAssertEqual(
            words("&&Tie the headline to routes&&"), ["Tie", "the", "headline", "to", "routes"],
            "the instruction between the markers is prose")
        XCTAssertEqual(
            words("see https://puffle.ai/x or www.routewise.io, mail sam@routewise.example"), ["see", "or", "mail"])
        XCTAssertEqual(
            words("6 hours, 3x faster, B2B and SaaS, NASA"), ["hours", "faster", "and", "SaaS"],
            "numbers, words with digits and capitals only are not words to check")
        XCTAssertEqual(words("don't can’t well-known 'quoted'"), ["don't", "can’t", "well", "known", "quoted"])
        XCTAssertEqual(words("Crème brûlée, naïve"), ["Crème", "brûlée", "naïve"], "letters of any script")
        XCTAssertEqual(words("a I ok"), ["ok"], "single letters are not asked about")
    }
}
