import DraftCore
import PuffleAPI
import TestSupport
import Synchronization
import XCTest

@testable import DraftApp

/// What the user types can never trap a drawing path: long titles and subjects (wider than their
/// field, so the field scrolls sideways), wide and combining characters, every word marked
/// misspelled, every key that moves or edits, and the body at narrow widths.
final class FieldDrawingFuzzTests: XCTestCase {
    override func setUp() { useUTF8Locale() }

    private static let pieces = ["QUICKTYPED", " ", "word", "中文", "😀", "e\u{301}", "👩‍👩‍👧", "%first_name%", "—", "ß", "x"]
    private static let keys: [Key] = [
        .left, .right, .home, .end, .controlLeft, .controlRight, .backspace, .delete,
        .control("z"), .control("y"), Key.left.shifted, Key.right.shifted, Key.home.shifted,
        Key.end.shifted, .control("a"), .control("x"), .control("v"), .control("k"),
        .control("u"), .special(.backspace, .alt), .alt("d"), .function(7), .escape,
        .up, .down, .pageUp, .pageDown, .controlHome, .controlEnd
    ]

    /// Every word the program asks about is misspelled: marks lie everywhere, in and out of view.
    private static func answerSpelling(_ effects: [Effect], _ state: inout AppState) {
        for case .checkSpelling(let words) in effects {
            _ = apply(
                .spellingChecked(Dictionary(words.map { ($0, SpellVerdict.misspelled) }) { a, _ in a }), to: &state)
        }
    }

    /// The crash of the daily loop: a 59-character title at 120×40, End, typing.
    func testTypingAtTheEndOfATitleWiderThanItsFieldDrawsEveryFrame() {
        var json = SampleSessions.rich().objectValue!
        json["title"] = "Q4 outreach for logistics directors in the DACH region test"
        var state = AppState(sessionID: SampleSessions.richID, width: 120, height: 40)
        state.spelling = SpellState(enabled: true)
        Self.answerSpelling(
            apply(.sessionOpened(.success(SampleSessions.session(.object(json)))), to: &state), &state)
        Self.answerSpelling(press(.alt("1"), &state), &state)
        Self.answerSpelling(press(.end, &state), &state)
        for character in " QUICKTYPED more words" {
            Self.answerSpelling(press(.character(character), &state), &state)
            XCTAssertFalse(screenText(state).isEmpty)
        }
        XCTAssertTrue(state.editors[.title]?.text.hasSuffix("test QUICKTYPED more words") == true)
        XCTAssertTrue(screenWithMarks(state).contains("~"), "words in view are still marked")
    }

    func testRandomEditsInOneLineFieldsAndANarrowBodyNeverTrap() {
        let iterations = max(1, ServerFuzzTests.iterations / 40)
        let frames = Atomic<Int>(0)
        FuzzRunner.run(iterations, seed: ServerFuzzTests.seed &+ 7) { run, random in
            var json = SampleSessions.rich().objectValue!
            let long = (0..<Int.random(in: 8...40, using: &random)).map { _ in
                Self.pieces.randomElement(using: &random)!
            }
            json["title"] = .string(long.joined(separator: " "))
            json["draft_subject"] = .string(long.shuffled(using: &random).joined())
            var state = AppState(
                sessionID: SampleSessions.richID, width: Int.random(in: 8...130, using: &random),
                height: Int.random(in: 6...40, using: &random))
            state.spelling = SpellState(enabled: true)
            Self.answerSpelling(
                apply(.sessionOpened(.success(SampleSessions.session(.object(json)))), to: &state),
                &state)
            let pane: Character = ["1", "2", "3"].randomElement(using: &random)!
            Self.answerSpelling(press(.alt(pane), &state), &state)
            for step in 0..<40 {
                let effects: [Effect]
                switch Int.random(in: 0..<10, using: &random) {
                case 0..<4: effects = press(.character(Self.pieces.randomElement(using: &random)!.first!), &state)
                case 4:
                    effects = apply(.input(.paste(Self.pieces.shuffled(using: &random).joined())), to: &state)
                case 5:
                    effects = apply(
                        .input(
                            .resize(
                                width: Int.random(in: 1...60, using: &random),
                                height: Int.random(in: 1...30, using: &random))), to: &state)
                default: effects = press(Self.keys.randomElement(using: &random)!, &state)
                }
                Self.answerSpelling(effects, &state)
                _ = ScreenView.render(state)
                frames.add(1, ordering: .relaxed)
                if state.editors[.title] == nil { return ["the title's editor is gone: run \(run), step \(step)"] }
            }
            return []
        }
        print("field drawing fuzz: \(iterations) runs, \(frames.load(ordering: .relaxed)) frames")
    }
}
