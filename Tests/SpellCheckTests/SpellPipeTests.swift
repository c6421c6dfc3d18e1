import Glibc
import XCTest
@testable import SpellCheck

/// The real `hunspell -a` with en_US (`.ci/run` installs hunspell and hunspell-en-us).
final class SpellPipeTests: XCTestCase {
    func testWordsAreCheckedOneALineWithSuggestionsAndAcceptedWordsPass() throws {
        let pipe = try SpellPipe(["hunspell", "-a", "-d", "en_US"])
        let replies = try pipe.check(["wrold", "world", "*star", "&&", "Puffle"])
        XCTAssertEqual(replies.count, 5, "one reply per word, whatever the word looks like")
        guard case .misspelled(_, _, let suggestions)? = replies[0].first else { return XCTFail("wrold is a typo") }
        XCTAssertEqual(suggestions.first, "world")
        XCTAssertTrue(replies[1].allSatisfy(\.isCorrect))
        XCTAssertTrue(replies[2].allSatisfy(\.isCorrect), "a word starting with * is checked, not taken as a command")
        XCTAssertFalse(replies[4].allSatisfy(\.isCorrect))
        try pipe.accept("Puffle")
        XCTAssertTrue(try pipe.check(["Puffle"])[0].allSatisfy(\.isCorrect), "accepted for the run")
    }

    func testAMissingProgramOrDictionaryIsUnavailable() {
        XCTAssertThrowsError(try SpellPipe(["no-such-checker-here", "-a"])) { error in
            XCTAssertEqual(error as? SpellFailure, .unavailable("no-such-checker-here is not installed"))
        }
        XCTAssertThrowsError(try SpellPipe(["hunspell", "-a", "-d", "xx_NOPE"])) { error in
            guard case .unavailable? = error as? SpellFailure else { return XCTFail("got \(error)") }
        }
    }

    func testACheckerThatDiesOrHangsIsAnErrorNotAWait() throws {
        let pipe = try SpellPipe(["hunspell", "-a", "-d", "en_US"])
        kill(pipe.processID, SIGKILL)
        XCTAssertThrowsError(try pipe.check(["hello"])) { error in
            guard case .stopped? = error as? SpellFailure else { return XCTFail("got \(error)") }
        }
        // `cat` echoes a banner it never sends: stands in for a checker that never answers.
        XCTAssertThrowsError(try SpellPipe(["sh", "-c", "echo '@(#) fake'; exec sleep 30"]).check(["hello"])) { error in
            XCTAssertEqual(error as? SpellFailure, .stopped("the checker did not answer in 2 s"))
        }
    }
}
