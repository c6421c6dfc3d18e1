import DraftCore
import TestSupport
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

    /// A run of more than 256 bytes with no space is data (an encoded image, a token): no words.
    func testALongRunWithNoSpaceHasNoWords() {
        let run = String(repeating: "abcdefgh+", count: 30)
        XCTAssertEqual(words("Hi teh " + run + " plan"), ["Hi", "teh", "plan"])
        XCTAssertEqual(words("Hi " + String(run.prefix(250)) + " plan").count, 2 + 28, "a short run is words")
    }

    /// The part of a long line around what the screen shows gives, inside what it shows, the
    /// words the whole line gives there, however long a run with no space around its edges;
    /// and it goes no further than one such run's limit past each edge.
    func testTheWordsAroundAWindowAreTheLinesWordsThere() {
        var generator = SeededGenerator(seed: 20_261_206 + 6)
        let blob = String(repeating: "Qwertyuiop+asdf", count: 8)
        let parts = ["word ", "teh ", "x", blob, blob, "+", " ", "don't ", "www.a.com/x ", "%first_name% ", "é"]
        for _ in 0..<300 {
            let line = (0..<Int.random(in: 1...400, using: &generator)).map { _ in
                parts.randomElement(using: &generator)!
            }.joined()
            let bytes = Array(line.utf8)
            let lower = Int.random(in: 0...bytes.count, using: &generator)
            let window = lower..<Int.random(in: lower...bytes.count, using: &generator)
            let part = SpellWords.wholeWords(around: window, in: line[...])
            XCTAssertLessThanOrEqual(window.lowerBound - part.lowerBound, SpellWords.longestChunk + 1)
            XCTAssertLessThanOrEqual(part.upperBound - window.upperBound, SpellWords.longestChunk + 1)
            let whole = SpellWords.ranges(in: line[...]).filter { $0.overlaps(window) }
            let inPart = bytes.withUnsafeBufferPointer { buffer in
                SpellWords.ranges(in: UnsafeBufferPointer(rebasing: buffer[part]))
                    .map { ($0.lowerBound + part.lowerBound)..<($0.upperBound + part.lowerBound) }
                    .filter { $0.overlaps(window) }
            }
            XCTAssertEqual(inPart, whole, "\(line.debugDescription) around \(window)")
        }
    }
}
