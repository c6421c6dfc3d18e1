import XCTest
@testable import DraftCore

final class WordDiffTests: XCTestCase {
    func testChangedWordsAreMarkedAndTheRestKept() {
        XCTAssertEqual(
            WordDiff.changes(from: "Hi %first_name%, quick question", to: "Hi Maya, quick question"),
            [.same("Hi "), .removed("%first_name%, "), .added("Maya, "), .same("quick question")])
        XCTAssertEqual(
            WordDiff.changes(from: "Renamed by a colleague", to: "Ops leaders step 1"),
            [.removed("Renamed by a colleague"), .added("Ops leaders step 1")], "no interleaving on shared spaces")
        XCTAssertEqual(
            WordDiff.changes(from: "Old body", to: "Old body\nP.S. more"), [.same("Old body"), .added("\nP.S. more")],
            "a line added after a word leaves the word alone")
        XCTAssertEqual(WordDiff.changes(from: "", to: "new text"), [.added("new text")])
        XCTAssertEqual(WordDiff.changes(from: "same", to: "same"), [.same("same")])
    }

    func testWordsAddedAfterTheLastWordLeaveItAlone() {
        XCTAssertEqual(
            WordDiff.changes(from: "%sender_first%", to: "%sender_first% P.S. words before the drop"),
            [.same("%sender_first%"), .added(" P.S. words before the drop")])
        XCTAssertEqual(
            WordDiff.changes(from: "Hello world again", to: "Hello world"),
            [.same("Hello world"), .removed(" again")], "the space that went with the removed word is shown removed")
        XCTAssertEqual(WordDiff.changes(from: "a  b", to: "a b"), [.same("a"), .removed("  "), .added(" "), .same("b")])
    }

    func testTheChangesRebuildBothTexts() {
        for (old, new) in [
            ("Hi there, friend", "Hi there friend!"), ("one two three", "one three"), ("x\n  y z", "x\n y z w"),
            ("", "a"), ("trailing ", "trailing"), ("%a% %b%", "%b% %a%")
        ] {
            let changes = WordDiff.changes(from: old, to: new)
            let rebuiltOld = changes.map { change -> String in
                switch change {
                case .same(let t), .removed(let t): t;
                case .added: ""
                }
            }.joined()
            let rebuiltNew = changes.map { change -> String in
                switch change {
                case .same(let t), .added(let t): t;
                case .removed: ""
                }
            }.joined()
            XCTAssertEqual(rebuiltOld, old)
            XCTAssertEqual(rebuiltNew, new)
        }
    }

    func testStyledLinesFollowLineBreaks() {
        let lines = WordDiff.styledLines(from: "a\nb c", to: "a\nb d")
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(lines[1].map(\.role), [.normal, .diffRemoved, .normal, .diffAdded], "a space between c and d")
    }

    func testARemovedWordBeforeAnAddedOneKeepsASpaceAndTextMarksShowWithoutColour() {
        let plain = WordDiff.styledLines(from: "save 6 hours", to: "save 8 hours").map { $0.map(\.text).joined() }
        XCTAssertEqual(plain, ["save 6 8 hours"])
        let atEnd = WordDiff.styledLines(from: "a week", to: "a month").map { $0.map(\.text).joined() }
        XCTAssertEqual(atEnd, ["a week month"], "no 'weekmonth'")
        let marked = WordDiff.styledLines(from: "a week\nbye", to: "a month\nbye", inText: true).map {
            $0.map(\.text).joined()
        }
        XCTAssertEqual(marked, ["a [-week-] {+month+}", "bye"])
    }
}
