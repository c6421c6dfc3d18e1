import DraftCore
import PuffleAPI
import TestSupport
import XCTest
@testable import DraftApp

final class ScreenTests: XCTestCase {
    override func setUp() { useUTF8Locale() }

    func testSnapshots() {
        let sessions: [(String, JSONValue)] = [
            ("rich", SampleSessions.rich()), ("empty", SampleSessions.empty()),
            ("busy", Sessions.busy()), ("unicode", Sessions.unicode())
        ]
        for (name, json) in sessions {
            for (w, h) in [(80, 24), (120, 40)] {
                assertSnapshot(loadedState(json, width: w, height: h), named: "\(name)-\(w)x\(h)")
            }
        }
        var examples = loadedState(width: 80, height: 24)
        press(.alt("6"), &examples)
        assertSnapshot(examples, named: "examples-80x24")
        var history = loadedState(width: 120, height: 40)
        press(.alt("7"), &history)
        assertSnapshot(history, named: "history-120x40")
        assertSnapshot(loadedState(width: 200, height: 50), named: "rich-200x50")
    }

    func testEveryPaneShowsItsContentAtTheWidestLayout() {
        let text = screenText(loadedState(width: 200, height: 50))
        for expected in [
            "1 Title", "2 Subject", "3 Body", "4 Transcript", "5 Skeleton", "6 Examples", "7 History",
            "Ops leaders — step 1", "%first_name%, a faster week for %company%?", "Write a first cold email",
            "Open on their headline.", "Maya, a faster week?", "Old subject"
        ] {
            XCTAssertTrue(text.contains(expected), "missing \(expected)")
        }
    }

    func testTheEmptySessionSaysNothingYetInsteadOfBlankPanes() {
        let text = screenText(loadedState(SampleSessions.empty(), width: 200, height: 50))
        for expected in [
            "untitled", "No draft yet", "No messages yet", "No skeleton yet", "No examples yet", "No earlier drafts yet"
        ] {
            XCTAssertTrue(text.contains(expected), "missing \(expected)")
        }
    }

    func testEverySizeFromTinyToHugeDrawsWithoutOverlap() {
        let state = loadedState(Sessions.unicode())
        for w in stride(from: 1, through: 220, by: 7) {
            for h in stride(from: 1, through: 60, by: 5) {
                var sized = state
                sized.width = w
                sized.height = h
                let surface = ScreenView.render(sized)
                if w < ScreenLayout.minimumWidth || h < ScreenLayout.minimumHeight {
                    if w >= 20 && h >= 3 { XCTAssertTrue(surface.textLines.joined().contains("Terminal too small")) }
                    continue
                }
                let slots = sized.layout.slots
                for (i, a) in slots.enumerated() {
                    XCTAssertTrue(
                        a.frame.x >= 0 && a.frame.maxX <= w && a.frame.y >= 1 && a.frame.maxY <= h - 1,
                        "\(w)x\(h) \(a.pane)")
                    for b in slots[(i + 1)...] {
                        let overlap =
                            a.frame.x < b.frame.maxX && b.frame.x < a.frame.maxX && a.frame.y < b.frame.maxY
                            && b.frame.y < a.frame.maxY
                        XCTAssertFalse(overlap, "\(w)x\(h): \(a.pane) overlaps \(b.pane)")
                    }
                }
                XCTAssertEqual(
                    Set(
                        Pane.allCases.filter { p in
                            slots.contains {
                                $0.pane == p
                                    || { if case .boxed(let tabs) = $0.style { tabs.contains(p) } else { false } }($0)
                            }
                        }),
                    Set(Pane.allCases), "\(w)x\(h): every pane reachable")
            }
        }
    }

    func testTheInlineSubjectCountsItsCharactersAndTheSelection() {
        var state = loadedState(width: 80, height: 24)
        XCTAssertEqual(state.layout.mode, .narrow)
        let subjectRow = { (state: AppState) in screenText(state).components(separatedBy: "\n")[2] }
        XCTAssertTrue(subjectRow(state).hasSuffix(" 42"), subjectRow(state))
        press([.alt("2"), .home, Key.right.shifted, Key.right.shifted, Key.right.shifted], &state)
        XCTAssertTrue(subjectRow(state).hasSuffix(" 3/42"), subjectRow(state))
        type("Hi", &state)
        XCTAssertTrue(subjectRow(state).hasSuffix(" 41"), "the count follows the typing: \(subjectRow(state))")
    }

    func testTheFocusedPaneIsMarkedWithoutColour() {
        var state = loadedState(width: 120, height: 40)
        press(.alt("4"), &state)
        let surface = ScreenView.render(state)
        let slot = state.layout.slot(for: .transcript)!
        XCTAssertEqual(surface[slot.frame.x, slot.frame.y].role, .borderFocused)
        XCTAssertEqual(surface[slot.frame.x + 3, slot.frame.y].role, .paneTitleFocused)
        let body = state.layout.slot(for: .body)!
        XCTAssertEqual(surface[body.frame.x, body.frame.y].role, .border)
    }

    func testVariablesAndFillRegionsAreHighlighted() {
        let surface = ScreenView.render(loadedState(width: 120, height: 40))
        let roles = Set(surface.cells.filter { surface.text(of: $0) == "%" || surface.text(of: $0) == "&" }.map(\.role))
        XCTAssertTrue(roles.contains(.variable))
        XCTAssertTrue(roles.contains(.aiFill))
    }

    func testHostileServerTextNeverReachesTheGridAsControlCharacters() {
        let state = loadedState(Sessions.hostile(), width: 200, height: 50)
        let surface = ScreenView.render(state)
        for cell in surface.cells {
            let text = surface.text(of: cell)
            XCTAssertFalse(
                text.unicodeScalars.contains { DisplayText.isControl($0) || DisplayText.isInvisibleFormat($0) },
                "raw control in \(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        let text = surface.textLines.joined(separator: "\n")
        XCTAssertTrue(text.contains("EVIL^[[2Jtitle^G"))
        XCTAssertTrue(text.contains("^[]52;c;ZXZpbA==^G"))
        XCTAssertTrue(text.contains("line^Mover^H^Hwrite <202E>desrever<202C> <9B>31m"))
    }
}

/// The three-column layout shares the right column by what its panes hold.
final class PaneWeightsTests: XCTestCase {
    func testTheRightColumnIsSharedByWhatThePanesHold() {
        let even = ScreenLayout(width: 160, height: 48, recent: [.body], weights: .even)
        let heights = { (layout: ScreenLayout) in
            [Pane.skeleton, .examples, .history].map { layout.slot(for: $0)!.frame.height }
        }
        XCTAssertEqual(heights(even).reduce(0, +), 46)
        XCTAssertLessThanOrEqual(heights(even).max()! - heights(even).min()!, 2, "alike contents, alike shares")

        var json = SampleSessions.rich().objectValue!
        json["skeleton"] = .object(JSONObject((0..<60).map { ("block \($0)", JSONValue.string("text \($0)")) }))
        json["draft_history"] = .array([["subject": "One", "body": "Only version"]])
        let weights = PaneWeights(session: SampleSessions.session(.object(json)))
        let shared = heights(ScreenLayout(width: 160, height: 48, recent: [.body], weights: weights))
        XCTAssertEqual(shared.reduce(0, +), 46, "the column is filled")
        XCTAssertGreaterThan(shared[0], 46 / 3 + 3, "a long skeleton gets more than a third: \(shared)")
        XCTAssertLessThan(shared[2], 46 / 3, "a history of one version less: \(shared)")
        XCTAssertTrue(shared.allSatisfy { $0 >= 6 }, "none below a readable few rows: \(shared)")

        var state = loadedState(.object(json), width: 160, height: 48)
        XCTAssertEqual(heights(state.layout), shared, "the state lays out by its session's contents")
        _ = apply(.input(.resize(width: 161, height: 48)), to: &state)
        XCTAssertEqual(heights(state.layout), shared, "and keeps them through a resize")
    }
}

/// Ids on screen are told apart, as git tells hashes apart.
final class ShortIDScreenTests: XCTestCase {
    func testLeadsAndSessionsThatShareAPrefixAreToldApart() {
        var json = SampleSessions.rich().objectValue!
        json["generated_examples"] = .array([
            ["lead_id": "a0b1c2d3-0000-4000-8000-000000000001", "subject": "One", "body": "Hi"],
            ["lead_id": "a0b1c2d3-0000-4000-8000-000000000002", "subject": "Two", "body": "Hi"]
        ])
        var state = loadedState(.object(json), width: 120, height: 40)
        press(.alt("6"), &state)
        let screen = screenText(state)
        XCTAssertTrue(screen.contains("a0b1c2d3-0000-4000-8000-000000000001  One"), screen)
        XCTAssertTrue(screen.contains("a0b1c2d3-0000-4000-8000-000000000002  Two"), screen)

        var sibling = SampleSessions.rich().objectValue!
        sibling["id"] = .string(String(SampleSessions.richID.prefix(10)) + "00-0000-4000-8000-000000000000")
        _ = apply(.campaignLoaded(.success(Campaign(answer: SampleCampaigns.draft())!)), to: &state)
        _ = apply(
            .sessionsListed(
                .success([SampleSessions.session(SampleSessions.rich()), SampleSessions.session(.object(sibling))])),
            to: &state)
        let header = screenText(state).components(separatedBy: "\n")[0]
        XCTAssertTrue(header.contains(" \(SampleSessions.richID.prefix(11)) "), header)
    }
}
