import DraftCore
import Foundation
import PuffleAPI
import TestSupport
import XCTest
@testable import DraftApp

/// A state with a session loaded, as the app has it after the first GET.
func loadedState(_ json: JSONValue = SampleSessions.rich(), width: Int = 120, height: Int = 40) -> AppState {
    var state = AppState(sessionID: json["id"]?.stringValue, width: width, height: height)
    _ = Update.apply(.sessionLoaded(.success(SampleSessions.session(json)), .open), to: &state)
    return state
}

@discardableResult
func press(_ key: Key, _ state: inout AppState) -> [Effect] {
    Update.apply(.input(.key(key)), to: &state)
}

func screenText(_ state: AppState) -> String {
    ScreenView.render(state).textLines.joined(separator: "\n")
}

/// Compares a rendered screen with `Snapshots/NAME.txt`. Set PUFFLE_UPDATE_SNAPSHOTS=1 to
/// rewrite the files after an intended change, then review the diff.
func assertSnapshot(_ state: AppState, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    let url = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent("Snapshots/\(name).txt")
    let actual = screenText(state) + "\n"
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
        json["messages"] = [["role": "user", "content": "日本語で短く書いてください。絵文字も一つ 🎯"],
                            ["role": "assistant", "content": "了解です。%first_name% さん向けに短くしました。"]]
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
