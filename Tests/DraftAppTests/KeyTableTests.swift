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
                let contexts: [String] = switch binding.context {
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
        var state = loadedState(width: 120, height: 80)
        press(.function(1), &state)
        let text = screenText(state)
        for binding in KeyTable.bindings {
            XCTAssertTrue(text.contains(binding.summary), "help lacks \(binding.summary)")
            XCTAssertTrue(text.contains(binding.keys.map(\.label).joined(separator: ", ")), "help lacks keys of \(binding.summary)")
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
