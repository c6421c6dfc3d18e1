import DraftCore
import TestSupport
import XCTest
@testable import DraftApp

final class KeyTableTests: XCTestCase {
    override func setUp() { useUTF8Locale() }

    func testNoKeyIsBoundTwiceInOneContext() {
        var seen: [String: Command] = [:]
        for binding in KeyTable.bindings {
            for key in binding.keys {
                let contexts: [String] =
                    switch binding.context {
                    case .panes(let panes): panes.map { "pane\($0.rawValue)" }
                    default: [binding.context.heading]
                    }
                for context in contexts {
                    let id = "\(context)/\(key.label)"
                    XCTAssertNil(seen[id], "\(id) bound twice")
                    seen[id] = binding.command
                }
            }
        }
    }

    func testHelpListsEveryBindingFromTheTable() {
        let content = HelpOverlay.lines(for: loadedState()).map { $0.map(\.text).joined() }
        for binding in KeyTable.bindings {
            let keys = binding.keys.map(\.label).joined(separator: ", ")
            XCTAssertTrue(
                content.contains { $0.contains(keys) && $0.contains(binding.summary) },
                "help lacks \(keys) \(binding.summary)")
        }
        var state = loadedState(width: 120, height: 40)
        press(.function(1), &state)
        XCTAssertTrue(screenText(state).contains("Keys — Esc closes"))
        XCTAssertTrue(screenText(state).contains("select to the start of the field"), "the body's own keys come first")
        for _ in 0..<30 { press(.pageDown, &state) }
        XCTAssertTrue(
            screenText(state).contains("Esc (or c) leaves any question"), "the overlay scrolls to its last line")
    }

    func testHelpPutsTheKeysThatWorkHereFirst() {
        var state = loadedState()
        press(.alt("7"), &state)
        let headings = HelpOverlay.lines(for: state).filter { $0.first?.role == .label }.map { $0.map(\.text).joined() }
        let here = headings.prefix { $0.hasSuffix("(works here)") }
        XCTAssertEqual(
            here,
            [
                "4 Transcript, 5 Skeleton, 6 Examples, 7 History  (works here)", "6 Examples, 7 History  (works here)",
                "7 History  (works here)", "In a session (its campaign)  (works here)", "Anywhere  (works here)"
            ], "the focused pane's keys first, then the session's, then those that work anywhere")
        XCTAssertTrue(headings.dropFirst(here.count).allSatisfy { !$0.contains("(works here)") })
        XCTAssertTrue(headings.contains("3 Body"), "the other keys are still listed")
        press(.function(1), &state)
        XCTAssertTrue(screenText(state).contains("(works here)"))
    }

    func testEveryScreensHintsOfferHelp() {
        // The first screen a user sees must say where every other key is.
        for context in [KeyContext.global, .picker, .campaigns, .sequence] {
            XCTAssertTrue(
                KeyTable.hints(for: [context]).contains { $0.command == .help }, "no help among the hints of \(context)"
            )
        }
    }

    func testFooterHintsFollowTheFocus() {
        var state = loadedState()
        press(.alt("6"), &state)
        XCTAssertTrue(screenText(state).contains("Down next item"))
        press(.alt("4"), &state)
        XCTAssertTrue(screenText(state).contains("Down scroll"))
        press(.alt("3"), &state)
        XCTAssertTrue(screenText(state).contains("Ctrl-E editor"))
    }
}
