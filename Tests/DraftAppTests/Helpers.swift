import DraftCore
import Foundation
import PuffleAPI
import TestSupport
import XCTest
@testable import DraftApp

/// `Update.apply` without the footer message's expiry timer, which `FooterTests` checks on its own:
/// the other tests are about what an action does, not how long its message stays.
@discardableResult
func apply(_ action: Action, to state: inout AppState) -> [Effect] {
    Update.apply(action, to: &state).filter { effect in
        if case .after(_, _, id: .status) = effect { false } else { true }
    }
}

/// A state with a session loaded, as the app has it after the first GET.
func loadedState(_ json: JSONValue = SampleSessions.rich(), width: Int = 120, height: Int = 40) -> AppState {
    var state = AppState(sessionID: json["id"]?.stringValue, width: width, height: height)
    _ = apply(.sessionOpened(.success(SampleSessions.session(json))), to: &state)
    return state
}

/// The sample session's campaign loaded, with its sessions and a roster of `roster` leads.
func campaignState(_ json: JSONValue = SampleSessions.rich(), roster: Int = 12) -> AppState {
    var state = loadedState(json)
    _ = apply(.campaignLoaded(.success(Campaign(answer: SampleCampaigns.draft())!)), to: &state)
    _ = apply(.sessionsListed(.success([SampleSessions.session(json)])), to: &state)
    if roster > 0 {
        let prospects = SampleCampaigns.prospects(roster).compactMap(Prospect.init(json:))
        _ = apply(
            .rosterLoaded(.success(RosterPage(prospects: prospects, total: roster, page: 1, limit: 100))), to: &state)
    }
    return state
}

@discardableResult
func press(_ key: Key, _ state: inout AppState) -> [Effect] {
    apply(.input(.key(key)), to: &state)
}

/// Whether a control character is drawn anywhere: server text must reach the terminal only as
/// visible glyphs. A plain cell holds its scalar (0 in a wide character's right half); only
/// clusters need their text made to be looked at.
func drawsControlCharacter(_ surface: Surface) -> Bool {
    surface.cells.contains { cell in
        if cell.isCluster { return surface.text(of: cell).unicodeScalars.contains(where: DisplayText.isControl) }
        return !(cell.width == 0 && cell.glyph == 0) && Unicode.Scalar(cell.glyph).map(DisplayText.isControl) == true
    }
}

func screenText(_ state: AppState) -> String {
    ScreenView.render(state).textLines.joined(separator: "\n")
}

/// The screen with what is drawn over its text spelled out: under each row that has any, a row of
/// marks (`s` selected, `m` a find match, `M` the current match, `~` misspelled, `!` a copy finding), so snapshots
/// show the selection and the matches, which plain text cannot.
func screenWithMarks(_ state: AppState) -> String {
    let surface = ScreenView.render(state)
    let marks: [StyleRole: Character] = [
        .selectedText: "s", .match: "m", .matchCurrent: "M", .misspelled: "~", .check: "!"
    ]
    var rows: [String] = []
    for (y, text) in surface.textLines.enumerated() {
        rows.append(text)
        let row = (0..<surface.width).map { x in surface[x, y].overlay.flatMap { marks[$0] } ?? " " }
        if row.contains(where: { $0 != " " }) {
            rows.append(String(row).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
        }
    }
    return rows.joined(separator: "\n")
}

/// The runs of text drawn with an overlay (a misspelling, a match) inside one pane's frame, in
/// reading order: what a test asserts is marked there, whatever the other panes show.
func markedRuns(_ overlay: StyleRole, in pane: Pane, of state: AppState) -> [String] {
    let surface = ScreenView.render(state)
    guard let frame = state.layout.slot(for: pane)?.frame else { return [] }
    var runs: [String] = []
    for y in frame.y..<frame.maxY {
        var run = ""
        for x in frame.x..<frame.maxX {
            if surface[x, y].overlay == overlay {
                run += surface.text(atX: x, y: y)
            } else if !run.isEmpty {
                runs.append(run)
                run = ""
            }
        }
        if !run.isEmpty { runs.append(run) }
    }
    return runs
}

func press(_ keys: [Key], _ state: inout AppState) {
    for key in keys { press(key, &state) }
}

@discardableResult
func type(_ text: String, _ state: inout AppState) -> [Effect] {
    text.flatMap { press(.character($0), &state) }
}

@discardableResult
func mouse(_ kind: MouseEvent.Kind, x: Int, y: Int, modifiers: Key.Modifiers = [], _ state: inout AppState) -> [Effect]
{
    apply(.input(.mouse(MouseEvent(kind, x: x, y: y, modifiers: modifiers))), to: &state)
}

/// The JSON of the PATCH among some effects.
func patchBody(_ effects: [Effect]) -> String? {
    for case .patchSession(_, let body) in effects { return JSONWriter.string(.object(body)) }
    return nil
}

/// Ctrl-S, the check answered with the session as loaded: the PATCH it sends.
func savedPatch(_ state: inout AppState) -> String? {
    press(.control("s"), &state)
    guard let base = state.base else { return nil }
    return patchBody(apply(.saveChecked(.success(base)), to: &state))
}

/// Compares a rendered screen with `Snapshots/NAME.txt`: its text, then each row's style roles.
/// The screen is drawn the way the program draws it, through a render cache that has drawn a
/// frame before (the rich session as opened, at the same size), and must equal a fresh drawing
/// cell for cell. Set PUFFLE_UPDATE_SNAPSHOTS=1 to rewrite the files after an intended change,
/// then review the diff.
func assertSnapshot(
    _ state: AppState, named name: String, marks: Bool = false, file: StaticString = #filePath, line: UInt = #line
) {
    let url = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent(
        "Snapshots/\(name).txt")
    let cache = RenderCache()
    _ = ScreenView.render(loadedState(width: state.width, height: state.height), cache: cache)
    let shipped = ScreenView.render(state, cache: cache)
    let fresh = ScreenView.render(state)
    XCTAssertEqual(shipped, fresh, "\(name): the cached drawing differs from a fresh one", file: file, line: line)
    let actual =
        (marks ? screenWithMarks(state) : shipped.textLines.joined(separator: "\n")) + "\n\n" + roleRuns(shipped) + "\n"
    if ProcessInfo.processInfo.environment["PUFFLE_UPDATE_SNAPSHOTS"] != nil {
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        XCTFail("no snapshot \(name).txt; run with PUFFLE_UPDATE_SNAPSHOTS=1 to record it", file: file, line: line)
        return
    }
    if actual != expected {
        XCTFail("screen \(name) differs from its snapshot:\n\(actual)", file: file, line: line)
    }
}

/// Each row's style roles as runs (`border×1 paneTitleFocused×9 …`): what colours the theme
/// gives, which plain text cannot show.
func roleRuns(_ surface: Surface) -> String {
    (0..<surface.height).map { y in
        var runs: [(StyleRole, Int)] = []
        for x in 0..<surface.width {
            let role = surface[x, y].role
            if let last = runs.last, last.0 == role { runs[runs.count - 1].1 += 1 } else { runs.append((role, 1)) }
        }
        return String(format: "%02d ", y) + runs.map { "\($0.0.name)×\($0.1)" }.joined(separator: " ")
    }.joined(separator: "\n")
}

enum Sessions {
    static func busy(_ status: String = "chat_processing") -> JSONValue {
        var json = SampleSessions.rich().objectValue!
        json["task_status"] = .string(status)
        return .object(json)
    }

    static func unicode() -> JSONValue {
        var json = SampleSessions.rich().objectValue!
        json["title"] = "多言語キャンペーン 🚀 — café"
        json["draft_subject"] = "%first_name%さん、%company%の配送を速く 😀"
        json["draft_body"] = "こんにちは %first_name% さん、\n\ne\u{301}te\u{301} à Zürich — 中文测试 👩‍👩‍👧 family\n\n{{sender_first}}"
        json["messages"] = [
            ["role": "user", "content": "日本語で短く書いてください。絵文字も一つ 🎯"],
            ["role": "assistant", "content": "了解です。%first_name% さん向けに短くしました。"]
        ]
        return .object(json)
    }

    /// Every hostile thing a server string can carry.
    static func hostile() -> JSONValue {
        var json = SampleSessions.rich().objectValue!
        json["title"] = "EVIL\u{1B}[2Jtitle\u{07}"
        json["draft_subject"] = "OSC\u{1B}]0;pwned\u{07} and \u{1B}]52;c;ZXZpbA==\u{07}"
        json["draft_body"] = "line\rover\u{08}\u{08}write \u{202E}desrever\u{202C} \u{9B}31m"
        json["messages"] = [["role": "assistant", "content": "\u{1B}[31mred\u{1B}[0m \u{1B}P+q\u{1B}\\ done"]]
        return .object(json)
    }
}
