import DraftCore
import PuffleAPI
import TestSupport
import XCTest
@testable import DraftApp

/// The cache draws again only what changed, and what it draws is what a fresh render draws
/// (the action fuzzer compares the two after every step).
final class RenderCacheTests: XCTestCase {
    override func setUp() { useUTF8Locale() }

    func testTypingInTheBodyDrawsOnlyTheRowItChanged() {
        var state = loadedState(width: 200, height: 50)
        let cache = RenderCache()
        _ = ScreenView.render(state, cache: cache)
        let rows = PaneGeometry.scrollArea(for: .body, in: state)!.height
        let first = 3 + 7 + 6 + rows
        XCTAssertEqual(
            cache.misses, first,
            "the first frame draws the header's two sides, the footer, each pane's frame and content, each row of the body"
        )
        press(.character("x"), &state)
        _ = ScreenView.render(state, cache: cache)
        XCTAssertEqual(
            cache.misses, first + 3,
            "the row typed in, and the header: its state side says modified, its title side narrows")
        let shown = ScreenView.render(state, cache: cache)
        press(.character("y"), &state)
        let surface = ScreenView.render(state, cache: cache)
        XCTAssertEqual(cache.misses, first + 4, "only the row typed in")
        XCTAssertEqual(surface.lineage?.base, shown.lineage?.frame, "made from the frame before")
        XCTAssertEqual(surface.lineage?.changedRows.count, 1, "the terminal is told of one row to compare")
        XCTAssertEqual(surface.lineage?.changedRows.first?.count, 1)
        XCTAssertEqual(surface, ScreenView.render(state))
        XCTAssertNotNil(surface.cursor)
        press(.enter, &state)
        let before = cache.misses
        _ = ScreenView.render(state, cache: cache)
        XCTAssertLessThan(cache.misses - before, rows, "a new line redraws the rows from it down, not the frame")
    }

    /// A row the last frame drew is kept by comparing its filed input with the row's values
    /// unmade: that must say what comparing the two made inputs says, or a row would be kept wrong.
    func testARowIsComparedUnmadeAsItsMadeInputWouldBe() {
        let line = "Hi %first_name%, teams like yours"
        let rows: [BodyRows.Row?] = [
            nil, BodyRows.Row(line: 0, index: 0, bytes: 0..<12, resume: (0, false)),
            BodyRows.Row(line: 0, index: 1, bytes: 12..<33, resume: (10, false)),
            BodyRows.Row(line: 0, index: 1, bytes: 12..<33, resume: (10, true)),
            BodyRows.Row(line: 1, index: 0, bytes: 2..<14, resume: (0, false))
        ]
        let markSets: [[SpanMark]] = [
            [], [SpanMark(3..<5, .misspelled)], [SpanMark(3..<5, .misspelled), SpanMark(20..<25, .check)],
            [SpanMark(4..<6, .misspelled)], [SpanMark(14..<16, .misspelled)]
        ]
        var all: [BodyRowValues] = []
        for row in rows {
            for marks in markSets {
                for cursor in [nil, 0, 3] as [Int?] {
                    for placeholder in [nil, true] as [Bool?] {
                        let text = row.map { line.utf8Slice($0.resume.offset..<$0.bytes.upperBound) }
                        all.append(
                            BodyRowValues(
                                text: text, row: row, lineMarks: marks, lineEndSelected: cursor == 3,
                                cursorColumn: cursor, placeholder: placeholder))
                    }
                }
            }
        }
        var kept = 0
        for a in all {
            let made = BodyRowInput(a)
            for b in all {
                let same = made == BodyRowInput(b)
                XCTAssertEqual(made.matches(b), same, "\(a) against \(b)")
                if same { kept += 1 }
            }
        }
        XCTAssertGreaterThan(kept, all.count, "some different values make the same input (marks off the row)")
    }

    func testAChangeOfFocusRedrawsBordersNotContents() {
        var state = loadedState(width: 200, height: 50)
        let cache = RenderCache()
        _ = ScreenView.render(state, cache: cache)
        let before = cache.misses
        press(.tab, &state)  // body → transcript
        XCTAssertEqual(ScreenView.render(state, cache: cache), ScreenView.render(state))
        // Two frames, the body row that held the cursor, the transcript (its composer takes the
        // cursor) and the footer's hints; the skeleton, examples and history are left alone.
        XCTAssertEqual(cache.misses - before, 5)
        let next = cache.misses
        press(.tab, &state)  // transcript → skeleton
        XCTAssertEqual(ScreenView.render(state, cache: cache), ScreenView.render(state))
        // Two frames, the transcript (its composer gives up the cursor) and the footer: the
        // skeleton's sections look the same with the focus, so they are not drawn again.
        XCTAssertEqual(cache.misses - next, 4)
        press(.tab, &state)  // skeleton → examples, whose chosen row is highlighted now
        let highlighted = cache.misses
        XCTAssertEqual(ScreenView.render(state, cache: cache), ScreenView.render(state))
        XCTAssertEqual(cache.misses - highlighted, 4, "two frames, the examples' list and the footer")
    }

    func testACursorDrawnFromTheCacheIsStillShown() {
        var state = loadedState(width: 200, height: 50)
        press(.alt("1"), &state)
        let cache = RenderCache()
        let first = ScreenView.render(state, cache: cache)
        press(.alt("6"), &state)
        press(.alt("1"), &state)
        let again = ScreenView.render(state, cache: cache)
        XCTAssertEqual(again.cursor?.x, first.cursor?.x)
        XCTAssertEqual(again.cursor?.y, first.cursor?.y)
        XCTAssertEqual(again, ScreenView.render(state))
    }

    func testEveryInputOfEveryPaneRedrawsIt() {
        // One change per input the panes read; each must show in a cached render.
        let changes: [(String, (inout AppState) -> Void)] = [
            (
                "scroll the transcript",
                {
                    press(.alt("4"), &$0); press(.pageUp, &$0)
                }
            ),
            (
                "choose another history entry view",
                {
                    press(.alt("7"), &$0); press(.enter, &$0)
                }
            ),
            (
                "next example view",
                {
                    press(.alt("6"), &$0); press(.character("v"), &$0)
                }
            ),
            (
                "edit the subject under the example diff",
                {
                    press(.alt("6"), &$0); press(.character("v"), &$0); press(.alt("2"), &$0);
                    press(.character("Q"), &$0)
                }
            ),
            (
                "browse skeletons",
                {
                    press(.alt("5"), &$0); press(.enter, &$0)
                }
            ),
            (
                "a new base",
                { state in
                    var json = SampleSessions.rich().objectValue!
                    json["messages"] = [["role": "user", "content": "A brand new message"]]
                    _ = apply(.sessionReloaded(.success(SampleSessions.session(.object(json)))), to: &state)
                }
            ),
            (
                "other leads",
                { $0.leads = [Lead(fields: ["first_name": "Zed", "id": "0a1b2c3d-1111-4a2b-8c3d-000000000001"])] }
            ),
            (
                "a prompt takes the cursor",
                {
                    press(.control("q"), &$0); press(.character("x"), &$0)
                }
            ),
            ("a pending turn", { $0.pendingTurn = PendingTurn(message: "On its way", messagesBefore: 2) })
        ]
        for (name, change) in changes {
            var state = loadedState(width: 200, height: 50)
            state.leads = SampleCampaigns.leads
            let cache = RenderCache()
            _ = ScreenView.render(state, cache: cache)
            change(&state)
            XCTAssertEqual(ScreenView.render(state, cache: cache), ScreenView.render(state), name)
        }
    }
}
