import XCTest
@testable import SpellCheck

/// The pipe protocol's answers, read from output recorded from Hunspell 1.7.1 with en_US.
final class SpellAnswerTests: XCTestCase {
    /// Recorded: `printf '^Crème brûlée wrold teh\n^*star\n^spelled misspellings\n^don'"'"'t\n^&&\n' | hunspell -a -d en_US`
    let recorded = """
        @(#) International Ispell Version 3.2.06 (but really Hunspell 1.7.1)
        & Crème 2 1: Creme, Crime
        # brûlée 7
        & wrold 2 14: world, wold
        & teh 13 20: the, eh, teth, tech, tee, tea, ten, ter, tel, ted, meh, Neh, t eh

        *

        *
        *

        *



        """

    func testEveryKindOfAnswerAndTheBlankLineThatEndsALine() {
        let replies = SpellAnswer.replies(recorded[...])
        XCTAssertEqual(replies.count, 5)
        XCTAssertEqual(
            replies[0],
            [
                .misspelled(word: "Crème", offset: 1, suggestions: ["Creme", "Crime"]),
                .misspelled(word: "brûlée", offset: 7, suggestions: []),
                .misspelled(word: "wrold", offset: 14, suggestions: ["world", "wold"]),
                .misspelled(
                    word: "teh", offset: 20,
                    suggestions: [
                        "the", "eh", "teth", "tech", "tee", "tea", "ten", "ter", "tel", "ted",
                        "meh", "Neh", "t eh"
                    ])
            ])
        XCTAssertEqual(replies[1], [.correct], "*star: the star is checked, the * is not a command")
        XCTAssertEqual(replies[2], [.correct, .correct])
        XCTAssertEqual(replies[3], [.correct])
        XCTAssertEqual(replies[4], [], "a line with nothing to check still ends with its blank line")
        XCTAssertFalse(replies[0][1].isCorrect)
    }

    /// The other two answers of the protocol (ispell(1)): a root, a compound.
    func testRootsAndCompoundsAreCorrect() {
        XCTAssertEqual(SpellAnswer(line: "+ SPELL"), .root("SPELL"))
        XCTAssertEqual(SpellAnswer(line: "-"), .compound)
        XCTAssertTrue(SpellAnswer.root("SPELL").isCorrect && SpellAnswer.compound.isCorrect)
    }

    /// The app asks about words, not places: the word of each answer is what it uses.
    func testAccentedWordsComeBackWhole() throws {
        let words = SpellAnswer.replies(recorded[...])[0].compactMap { answer -> String? in
            if case .misspelled(let word, _, _) = answer { word } else { nil }
        }
        XCTAssertEqual(words, ["Crème", "brûlée", "wrold", "teh"])
    }

    func testLinesThatCouldBeCommandsAreEscapedAndControlCharactersGo() {
        for first in ["*", "&", "@", "#", "!", "+", "-", "~", "%", "^"] {
            XCTAssertEqual(SpellAnswer.escaped(first + "word"), "^" + first + "word")
        }
        XCTAssertEqual(
            SpellAnswer.escaped("one\ntwo\u{1b}[31m"), "^one two [31m", "a newline cannot end the line early")
    }

    func testOddLinesAreNotAnswers() {
        XCTAssertNil(SpellAnswer(line: "@(#) International Ispell Version 3.2.06"))
        XCTAssertNil(SpellAnswer(line: "& broken"))
        XCTAssertNil(SpellAnswer(line: "# word notanumber"))
        XCTAssertNil(SpellAnswer(line: ""))
    }
}
