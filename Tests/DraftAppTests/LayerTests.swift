import DraftCore
import PuffleAPI
import TestSupport
import XCTest

@testable import DraftApp

/// Keys, paste and the mouse go to what is in front, in one order (`Layer`): nothing reaches a
/// pane behind a box or a prompt, and a box shown for a prompt passes the prompt its answers.
final class LayerTests: XCTestCase {
    override func setUp() { useUTF8Locale() }

    func testTheLayersAreInFrontToBackOrder() {
        var state = campaignState()
        XCTAssertEqual(state.layers, [.screen(.session)])
        press(.alt("l"), &state)
        XCTAssertEqual(state.layers, [.leadChooser, .screen(.session)])
        press(.escape, &state)
        press(.alt("3"), &state)
        type("x", &state)
        press(.control("q"), &state)
        XCTAssertEqual(state.layers, [.prompt, .screen(.session)])
        XCTAssertEqual(AppState(sessionID: nil, width: 80, height: 24).layers, [.screen(.loading)])
    }

    func testAClickBehindTheLeadChooserDoesNotReachThePane() {
        var state = campaignState()
        press(.alt("3"), &state)
        let body = state.editors[.body]!
        press(.alt("l"), &state)
        let title = state.layout.slots.first { $0.pane == .title }!.frame
        mouse(.press(clicks: 1), x: title.x + 3, y: title.y + 1, &state)
        mouse(.release, x: title.x + 3, y: title.y + 1, &state)
        XCTAssertEqual(state.focus, .body, "the click went to the chooser in front")
        XCTAssertNotNil(state.leadChooser)
        XCTAssertEqual(state.editors[.body]?.cursor, body.cursor)
    }

    func testAPasteWithTheChooserOpenFiltersItAndLeavesTheBodyAlone() {
        var state = campaignState()
        press(.alt("3"), &state)
        let body = state.editors[.body]!.text
        press(.alt("l"), &state)
        press(.character("/"), &state)
        _ = apply(.input(.paste("company 12")), to: &state)
        XCTAssertEqual(state.leadChooser?.filter.text, "company 12")
        XCTAssertEqual(state.editors[.body]?.text, body)
    }

    func testADiffShownForAPromptClosesWithEscAndPassesTheAnswersOn() {
        var state = loadedState()
        press(.alt("1"), &state)
        type(" mine", &state)
        var theirs = state.base!
        theirs[.title] = "Changed by a colleague"
        press(.control("s"), &state)
        _ = apply(.saveChecked(.success(theirs)), to: &state)
        guard case .conflict? = state.prompt else { return XCTFail("no conflict asked") }
        press(.character("d"), &state)
        XCTAssertEqual(state.layers, [.overlay, .prompt, .screen(.session)])
        press(.escape, &state)
        XCTAssertNil(state.overlay, "Esc closes the box first")
        XCTAssertNotNil(state.prompt, "and the question stays")
        press(.character("d"), &state)
        let effects = press(.character("m"), &state)
        XCTAssertNil(state.prompt, "a letter under the box answers the prompt")
        XCTAssertNotNil(patchBody(effects))
    }

    func testHelpSwallowsWhatItDoesNotUse() {
        var state = loadedState()
        press(.alt("3"), &state)
        let body = state.editors[.body]!.text
        press(.function(1), &state)
        XCTAssertEqual(state.layers, [.overlay, .screen(.session)])
        type("typed under help", &state)
        _ = apply(.input(.paste("pasted under help")), to: &state)
        XCTAssertEqual(state.editors[.body]?.text, body)
        XCTAssertNil(screenCursor(state), "no text cursor under a box")
    }

    private func screenCursor(_ state: AppState) -> (x: Int, y: Int)? {
        ScreenView.render(state).cursor.map { ($0.x, $0.y) }
    }
}
