import Foundation
import Glibc
import XCTest
@testable import SpellCheck

/// The real `hunspell -a` and `hunspell -l` with en_US (`.ci/run` installs hunspell and hunspell-en-us).
final class SpellPipeTests: XCTestCase {
    func testWordsAreCheckedOneALineWithSuggestions() throws {
        let pipe = try SpellPipe(["hunspell", "-a", "-d", "en_US"])
        let replies = try pipe.check(["wrold", "world", "*star", "&&", "Puffle"])
        XCTAssertEqual(replies.count, 5, "one reply per word, whatever the word looks like")
        guard case .misspelled(_, _, let suggestions)? = replies[0].first else { return XCTFail("wrold is a typo") }
        XCTAssertEqual(suggestions.first, "world")
        XCTAssertTrue(replies[1].allSatisfy(\.isCorrect))
        XCTAssertTrue(replies[2].allSatisfy(\.isCorrect), "a word starting with * is checked, not taken as a command")
        XCTAssertFalse(replies[4].allSatisfy(\.isCorrect))
        XCTAssertEqual(try pipe.suggestions(for: "wrold").first, "world")
        XCTAssertEqual(try pipe.suggestions(for: "world"), [], "a known word has none")
    }

    /// The trade's words, given to hunspell as its personal dictionary: known, with suggestions.
    func testTheTradesWordsAreAnExtraDictionary() throws {
        XCTAssertGreaterThanOrEqual(TradeWords.list.count, 200)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("trade-\(getpid()).dic")
        try TradeWords.dictionaryText.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let words = ["onboarding", "SaaS", "webinars", "upsell", "HubSpot", "Onboarding", "wrold"]
        let without = try SpellList(language: "en_US")
        XCTAssertEqual(try without.misspelled(words), [true, true, false, true, true, true, true], "the gap it fills")
        let with = try SpellList(language: "en_US", extraWords: file.path)
        XCTAssertEqual(
            try with.misspelled(words), [false, false, false, false, false, false, true],
            "known with the trade's words, capitalised at a sentence's start too; a misspelling stays one")
        let pipe = try SpellPipe(["hunspell", "-a", "-d", "en_US", "-p", file.path])
        XCTAssertEqual(try pipe.suggestions(for: "onbaording").first, "onboarding")
    }

    func testTheListCheckerSaysWhichWordsAreMisspelledInOrder() throws {
        let list = try SpellList(language: "en_US")
        XCTAssertEqual(
            try list.misspelled(["wrold", "world", "RouteWise", "cafè", "well-known", "wel-known", "*star", "über"]),
            [true, false, true, true, false, true, false, true], "letters beyond ASCII keep the answers in step")
        XCTAssertEqual(try list.misspelled([]), [])
        XCTAssertEqual(
            try list.misspelled([SpellList.endOfWord, "fine"]), [true, false],
            "the word that ends each answer is itself misspelled, and the next answer keeps its place")
        XCTAssertEqual(
            try list.misspelled(["line\nbreak", "teh"]), [true, true], "a control character cannot split a word")
        XCTAssertEqual(
            try list.misspelled(["ab\u{24B6}\(SpellList.endOfWord)", "world", "wrold", "fine", "qxzvjkwpqzq-x"]),
            [true, false, true, false, true],
            "a word hunspell splits into parts, one of them the end marker, shifts no later answer")
        XCTAssertEqual(try list.misspelled(["world", "teh"]), [false, true], "and the next batch is in step too")
    }

    func testAMissingProgramOrDictionaryIsUnavailable() {
        XCTAssertThrowsError(try SpellPipe(["no-such-checker-here", "-a"])) { error in
            XCTAssertEqual(error as? SpellFailure, .unavailable("no-such-checker-here is not installed"))
        }
        XCTAssertThrowsError(try SpellPipe(["hunspell", "-a", "-d", "xx_NOPE"])) { error in
            guard case .unavailable? = error as? SpellFailure else { return XCTFail("got \(error)") }
        }
        XCTAssertThrowsError(try SpellList(language: "xx_NOPE")) { error in
            XCTAssertEqual(error as? SpellFailure, .unavailable("hunspell started without a dictionary for xx_NOPE"))
        }
        let path = String(cString: getenv("PATH"))
        setenv("PATH", "/nonexistent", 1)
        defer { setenv("PATH", path, 1) }
        XCTAssertThrowsError(try SpellList(language: "en_US")) { error in
            XCTAssertEqual(error as? SpellFailure, .unavailable("hunspell is not installed"))
        }
    }

    func testACheckerThatDiesOrHangsIsAnErrorNotAWait() throws {
        let pipe = try SpellPipe(["hunspell", "-a", "-d", "en_US"])
        kill(pipe.processID, SIGKILL)
        XCTAssertThrowsError(try pipe.check(["hello"])) { error in
            guard case .stopped? = error as? SpellFailure else { return XCTFail("got \(error)") }
        }
        let list = try SpellList(language: "en_US")
        kill(list.processID, SIGKILL)
        XCTAssertThrowsError(try list.misspelled(["hello"])) { error in
            guard case .stopped? = error as? SpellFailure else { return XCTFail("got \(error)") }
        }
        // A banner and then silence: stands in for a checker that never answers.
        XCTAssertThrowsError(try SpellPipe(["sh", "-c", "echo '@(#) fake'; exec sleep 30"]).check(["hello"])) { error in
            XCTAssertEqual(error as? SpellFailure, .stopped("the checker did not answer in 2 s"))
        }
    }
}
