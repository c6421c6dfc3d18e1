import Foundation
import PuffleAPI
import TestSupport
import XCTest

/// The API key never leaves the credentials file: not into the journal, the log, the demo
/// workspace, temp files of the editor, or any process's argv.
final class SecretsEndToEndTests: EndToEndCase {
    func testTheKeyAppearsNowhereButTheCredentialsFile() throws {
        let credentials = home.path + "/config/puffle-draft/credentials"
        try FileManager.default.createDirectory(
            atPath: home.path + "/config/puffle-draft", withIntermediateDirectories: true)
        _ = FileManager.default.createFile(
            atPath: credentials, contents: Data((FakeServer.apiKey + "\n").utf8), attributes: [.posixPermissions: 0o600]
        )
        try server.configure(taskSeconds: 1)
        let script = home.path + "/fake-editor"
        try "#!/bin/sh\necho edited >> \"$1\"\n".write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)

        let tmux = try launch([SampleSessions.richID], extraEnvironment: ["EDITOR": script, "VISUAL": ""])
        try tmux.waitFor("Ops leaders")
        let pid = try tmux.programPID()
        var argvs = [try String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)]
        for child in try Spawn.run(["pgrep", "-P", String(pid)]).stdout.split(separator: "\n") {
            argvs.append((try? String(contentsOfFile: "/proc/\(child)/cmdline", encoding: .utf8)) ?? "")
        }
        XCTAssertFalse(argvs.contains { $0.contains(FakeServer.apiKey) }, "no argv carries the key")

        try tmux.type("typed ")
        try tmux.send("M-2", "C-e")
        try tmux.waitFor("edited")
        try tmux.send("C-s")
        try tmux.waitFor("Saved")
        try tmux.send("M-4")
        try tmux.type("A turn")
        try tmux.send("Enter", "y")
        try tmux.waitFor("Fake reply to: A turn", timeout: 8)
        // A server that echoes the key in its error message: the client scrubs it before anything shows it.
        // On the session's GET: Ctrl-R also asks for the campaign, in no fixed order.
        try server.fault([
            "path_contains": .string(SampleSessions.richID), "mode": "status", "status": 401,
            "message": .string("Invalid API key \(FakeServer.apiKey)")
        ])
        try tmux.send("C-r")
        try tmux.waitFor("Reload failed")
        try tmux.type("unsaved")
        kill(pid, SIGHUP)
        _ = try tmux.waitForExit()

        var checked = 0
        for folder in ["state", "config", "data"] {
            let root = home.path + "/" + folder
            guard let walker = FileManager.default.enumerator(atPath: root) else { continue }
            for case let name as String in walker {
                let path = root + "/" + name
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                    path != credentials
                else { continue }
                let content = (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()
                XCTAssertFalse(
                    String(decoding: content, as: UTF8.self).contains(FakeServer.apiKey), "\(path) holds the key")
                checked += 1
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 2, "the log and the journal were checked")
        let log = try String(contentsOfFile: home.path + "/state/puffle-draft/log", encoding: .utf8)
        XCTAssertTrue(log.contains("signal 1"))
        XCTAssertTrue(log.contains("Invalid API key [redacted]"))
        XCTAssertFalse(log.contains(FakeServer.apiKey))
    }
}
