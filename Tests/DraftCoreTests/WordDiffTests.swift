import XCTest
@testable import DraftCore

final class WordDiffTests: XCTestCase {
    func testChangedWordsAreMarkedAndTheRestKept() {
        XCTAssertEqual(WordDiff.changes(from: "Hi %first_name%, quick question", to: "Hi Maya, quick question"),
                       [.same("Hi "), .removed("%first_name%, "), .added("Maya, "), .same("quick question")])
        XCTAssertEqual(WordDiff.changes(from: "Renamed by a colleague", to: "Ops leaders step 1"),
                       [.removed("Renamed by a colleague"), .added("Ops leaders step 1")], "no interleaving on shared spaces")
        XCTAssertEqual(WordDiff.changes(from: "Old body", to: "Old body\nP.S. more"), [.same("Old body"), .added("\nP.S. more")],
                       "a line added after a word leaves the word alone")
        XCTAssertEqual(WordDiff.changes(from: "", to: "new text"), [.added("new text")])
        XCTAssertEqual(WordDiff.changes(from: "same", to: "same"), [.same("same")])
    }

    func testStyledLinesFollowLineBreaks() {
        let lines = WordDiff.styledLines(from: "a\nb c", to: "a\nb d")
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(lines[1].map(\.role), [.normal, .diffRemoved, .diffAdded])
    }
}
