import DraftCore
import Foundation
import PuffleAPI
import Synchronization
import TestSupport
import XCTest
@testable import DraftApp

/// Seeded random action sequences (typing with wide and combining characters, pastes, undo and
/// redo, moves, focus, resizes down to 1×1, prompts, saves) through update and view, with the
/// invariants checked after every step.
final class ActionFuzzTests: XCTestCase {
    override func setUp() { useUTF8Locale() }

    static let texts = [
        "a", "Z", " ", "中", "😀", "e\u{301}", "👩‍👩‍👧", "%", "&", "\t", "—", "ß", "\u{1B}", "é", "\u{301}", "\u{200D}"
    ]
    static let keys: [Key] = [
        .left, .right, .up, .down, .home, .end, .pageUp, .pageDown, .controlLeft, .controlRight,
        .controlHome, .controlEnd, .backspace, .delete, .enter, .tab, .backTab, .control("z"), .control("y"),
        .control("s"), .control("q"), .function(1), .escape, .control("r"), .character("c"), .character("n"),
        .alt("1"), .alt("2"), .alt("3"), .alt("4"), .alt("5"), .alt("6"), .alt("7"), .character("v"), .character("r"),
        Key.left.shifted, Key.right.shifted, Key.up.shifted, Key.down.shifted, Key.controlLeft.shifted,
        Key.controlEnd.shifted, Key.end.shifted, .control("a"), .control("c"), .control("x"), .control("v"),
        .control("k"), .control("u"), .control("f"), .function(3), Key.function(3).shifted, .control("\\"),
        .alt("d"), .special(.backspace, .alt), .character("y"), .character("a"),
        .control("p"), .control("o"), .alt("l"), .character(" "), .character("/"), .character("k"),
        .alt("s"), .character("["), .character("]"), .character("s"), .function(7), .function(8), .control("g"),
        .character("R"), .character("d"), .character("m")
    ]

    func testRandomActionSequencesKeepEveryInvariant() {
        let sessions = [SampleSessions.rich(), Sessions.unicode(), SampleSessions.empty(), Sessions.busy()]
        let seed = ServerFuzzTests.seed &+ 1
        let steps = Atomic<Int>(0)
        FuzzRunner.run(ServerFuzzTests.iterations, seed: seed) { sequence, random in
            var state = loadedState(
                sessions.randomElement(using: &random)!, width: Int.random(in: 1...200, using: &random),
                height: Int.random(in: 1...50, using: &random))
            // Half the runs know the session's campaign: its sequence, sessions and roster.
            if Bool.random(using: &random) {
                _ = apply(.campaignLoaded(.success(Campaign(answer: SampleCampaigns.draft())!)), to: &state)
                _ = apply(.sessionsListed(.success([SampleSessions.session(SampleSessions.rich())])), to: &state)
                let prospects = SampleCampaigns.prospects(Int.random(in: 0...30, using: &random)).compactMap(
                    Prospect.init(json:))
                _ = apply(
                    .rosterLoaded(.success(RosterPage(prospects: prospects, total: 200, page: 1, limit: 100))),
                    to: &state)
            }
            let cache = RenderCache()
            var shown: Surface?
            var taken: [Action] = []
            for step in 0..<Int.random(in: 1...10, using: &random) {
                let action = Self.randomAction(state: state, using: &random)
                taken.append(action)
                let effects = apply(action, to: &state)
                steps.add(1, ordering: .relaxed)
                // Answer the save check as the server would, so saves run their whole course, and
                // the roster's pages, so the sequence review is drawn with leads (pages of up to
                // 30 of a roster of up to 70, whose total may change as it is read).
                if effects.contains(.fetchSession(id: state.sessionID ?? "", reason: .saveCheck)), let base = state.base
                {
                    _ = apply(.saveChecked(.success(base)), to: &state)
                }
                var pending = effects
                for _ in 0..<4 {
                    guard let index = pending.firstIndex(where: { if case .loadRoster = $0 { true } else { false } }),
                        case .loadRoster(_, let page, let limit, let reader) = pending.remove(at: index)
                    else { break }
                    let total = Int.random(in: 0...70, using: &random)
                    let read = min(total, (page - 1) * limit)
                    let prospects = SampleCampaigns.prospects(min(total, read + Int.random(in: 0...30, using: &random)))
                        .dropFirst(read).compactMap(Prospect.init(json:))
                    let answer = RosterPage(prospects: prospects, total: total, page: page, limit: limit)
                    pending += apply(.rosterLoaded(.success(answer), for: reader), to: &state)
                }
                let failures = Self.check(state, cache: cache, shown: &shown)
                if !failures.isEmpty {
                    let size = "\(state.width)×\(state.height)"
                    let context = "seed \(seed), sequence \(sequence), step \(step), \(size), after \(taken)"
                    return failures.map { "\($0): \(context)" }
                }
            }
            return []
        }
        print("action fuzz: \(ServerFuzzTests.iterations) sequences, \(steps.load(ordering: .relaxed)) steps")
    }

    /// The update is a function of the action and the state alone: two states built apart (their
    /// caches' revision names differ) stay equal through the same actions, effects and all.
    func testTheSameActionsOnEqualStatesGiveEqualStates() {
        let seed = ServerFuzzTests.seed &+ 2
        FuzzRunner.run(max(1, ServerFuzzTests.iterations / 10), seed: seed) { run, random in
            func built() -> AppState {
                var state = campaignState(roster: 20)
                _ = apply(.input(.resize(width: 120, height: 40)), to: &state)
                return state
            }
            var one = built(), other = built()
            guard one == other else { return ["two states built alike differ"] }
            for step in 0..<20 {
                let action = Self.randomAction(state: one, using: &random)
                let context = "seed \(seed), run \(run), step \(step): \(action)"
                guard Update.apply(action, to: &one) == Update.apply(action, to: &other) else {
                    return ["different effects at \(context)"]
                }
                guard one == other else {
                    return ["\(context) made equal states differ in \(Self.differingFields(one, other))"]
                }
            }
            return []
        }
    }

    /// The names of the fields in which two states differ, for a failure message a person can read.
    private static func differingFields(_ a: AppState, _ b: AppState) -> [String] {
        zip(Mirror(reflecting: a).children, Mirror(reflecting: b).children).compactMap { x, y in
            String(describing: x.value) == String(describing: y.value) ? nil : x.label
        }
    }

    private static func randomAction(state: AppState, using random: inout SeededGenerator) -> Action {
        switch Int.random(in: 0..<11, using: &random) {
        case 10:
            let kinds: [MouseEvent.Kind] = [
                .press(clicks: 1), .press(clicks: 2), .press(clicks: 3), .drag, .release, .wheelUp, .wheelDown
            ]
            return .input(
                .mouse(
                    MouseEvent(
                        kinds.randomElement(using: &random)!, x: Int.random(in: -2...state.width + 2, using: &random),
                        y: Int.random(in: -2...state.height + 2, using: &random))))
        case 0, 1, 2:
            let text = Self.texts.randomElement(using: &random)!
            return .input(.key(.character(Character(text))))
        case 3:
            let pieces = (0..<Int.random(in: 1...30, using: &random)).map { _ in
                Self.texts.randomElement(using: &random)!
            }
            return .input(.paste(pieces.joined() + (Bool.random(using: &random) ? "\nline two\n" : "")))
        case 4:
            return .input(
                .resize(width: Int.random(in: 1...200, using: &random), height: Int.random(in: 1...50, using: &random)))
        default:
            var key = Self.keys.randomElement(using: &random)!
            // Quitting or hanging up ends a run; keep the sequence going instead.
            if key == .control("q") && !state.isDirty { key = .control("l") }
            return .input(.key(key))
        }
    }

    /// The invariants that do not hold after a step, said in words (none when all hold).
    /// What must hold after every step; `shown` is the cached frame of the step before, as a
    /// terminal would show it.
    private static func check(_ state: AppState, cache: RenderCache, shown: inout Surface?) -> [String] {
        var failures: [String] = []
        for (pane, editor) in state.editors {
            let cursor = editor.cursor
            guard cursor.line < editor.lines.count, cursor.offset <= editor.lines[cursor.line].utf8.count else {
                return failures + ["\(pane) cursor \(cursor) outside the text"]
            }
            let line = editor.lines[cursor.line]
            let index = line.utf8Index(cursor.offset)
            if index.samePosition(in: line) != index { failures.append("\(pane) cursor inside a grapheme") }
            if let anchor = editor.anchor {
                guard anchor.line < editor.lines.count, anchor.offset <= editor.lines[anchor.line].utf8.count else {
                    return failures + ["\(pane) selection \(anchor) outside the text"]
                }
                let line = editor.lines[anchor.line]
                if line.utf8Index(anchor.offset).samePosition(in: line) != line.utf8Index(anchor.offset) {
                    failures.append("\(pane) selection inside a grapheme")
                }
            }
            if editor.canUndo {
                var copy = editor
                copy.undo()
                copy.redo()
                if copy.text != editor.text { failures.append("\(pane): undo then redo changed the text") }
            }
        }
        if let base = state.base, let edited = state.editedSession() {
            if state.isDirty != (SessionPatch.body(from: base, to: edited) != nil) {
                failures.append("dirty disagrees with the patch")
            }
        }
        let surface = ScreenView.render(state)
        // The cache only spares work: a screen drawn from it is the screen drawn afresh.
        let cached = ScreenView.render(state, cache: cache)
        if cached != surface {
            let row = (0..<surface.height).first { !surface.rowEquals($0, cached) }
            let rows =
                row.map {
                    " in row \($0): \(surface.text(row: $0).debugDescription) fresh, "
                        + "\(cached.text(row: $0).debugDescription) cached"
                } ?? " in its cursor or styles"
            failures.append("the cached screen differs from a fresh one" + rows)
        }
        // A frame made from the one shown names every row that differs from it: the terminal
        // compares only those.
        if let shown, let lineage = cached.lineage, lineage.base == shown.lineage?.frame,
            shown.width == cached.width, shown.height == cached.height
        {
            for y in 0..<cached.height where !cached.rowEquals(y, shown) {
                if !lineage.changedRows.contains(where: { $0.contains(y) }) {
                    failures.append("row \(y) changed but the frame's lineage does not name it")
                }
            }
        }
        shown = cached
        if surface.width != state.width || surface.height != state.height { failures.append("surface size") }
        if let cursor = surface.cursor, !(0..<state.width).contains(cursor.x) || !(0..<state.height).contains(cursor.y)
        {
            failures.append("cursor \(cursor) off screen \(state.width)×\(state.height)")
        }
        // The body keeps its cursor in view however it was moved, wrapped or resized.
        if state.hasKeyboard(.body), state.base != nil,
            let area = PaneGeometry.scrollArea(for: .body, in: state), area.width > 0, area.height > 0,
            surface.cursor == nil
        {
            failures.append("the body's cursor is scrolled out of view")
        }
        return failures
    }
}
