import Foundation
import PuffleAPI
import TestSupport

/// What reaches a real terminal: bytes per typed character against vim typing the same, the
/// spinner's bytes while busy, and bytes and requests while idle. The real binary runs in tmux
/// and `pipe-pane` counts every byte it writes.
enum TerminalBench {
    static let typed = Array("quick brown fox jumps over the lazy dog ")

    static func environment(_ home: TemporaryDirectory, _ extra: [String: String] = [:]) -> [String: String] {
        ["XDG_CONFIG_HOME": home.path + "/config", "XDG_STATE_HOME": home.path + "/state", "XDG_DATA_HOME": home.path + "/data",
         "HOME": home.path, "LANG": "C.UTF-8"].merging(extra) { $1 }
    }

    /// Types one character at a time, each in its own frame, and returns bytes written per character.
    static func bytesPerCharacter(_ tmux: TmuxSession) throws -> Double {
        // One character first: the first edit also draws the "modified" marker.
        try tmux.type(" ")
        usleep(1_000_000)
        let before = tmux.rawBytes.count
        for character in typed {
            try tmux.type(String(character))
            usleep(40_000)
        }
        usleep(400_000)
        return Double(tmux.rawBytes.count - before) / Double(typed.count)
    }

    static func run() throws {
        let home = try TemporaryDirectory()
        // vim edits the very text the app shows: the demo session's draft body.
        let file = home.path + "/draft.txt"
        try (DemoSeed.session(DemoSeed.fullSessionID)?.draftBody ?? "").write(toFile: file, atomically: true, encoding: .utf8)
        for (width, height, place, vimPlace, label) in [
            (80, 24, ["C-End"], ["G", "A"], "at the end of the draft"),
            (200, 50, ["C-End"], ["G", "A"], "at the end of the draft"),
            (200, 50, ["C-Home", "Down", "Down", "Down", "Down", "Right", "Right", "Right", "Right", "Right"], ["g", "g", "4", "j", "5", "l", "i"],
             "inside a paragraph (the rest reflows)"),
        ] {
            // A workspace of its own each time: the last run's recovery copy would open with a prompt.
            let workspace = try TemporaryDirectory()
            let ours = try TmuxSession([TmuxSession.binary, "--demo", DemoSeed.fullSessionID], environment: environment(workspace),
                                       width: width, height: height)
            _ = try ours.waitFor("RouteWise")
            try ours.send("M-3")
            for key in place { try ours.send(key) }
            let ourBytes = try bytesPerCharacter(ours)
            let vim = try TmuxSession(["vim", "-u", "NONE", "-N", "-i", "NONE", "-n", file], environment: environment(home),
                                      width: width, height: height)
            _ = try vim.waitFor("Teams like yours")
            for key in vimPlace { try vim.send(key) }
            let vimBytes = try bytesPerCharacter(vim)
            let ratio = ourBytes / vimBytes
            Report.line("terminal bytes per character, \(width)×\(height), \(label)", String(format: "%.0f B", ourBytes),
                        baseline: String(format: "vim %.0f B", vimBytes),
                        verdict: String(format: "ratio %.2f ", ratio) + Report.verdict(ourBytes <= 150 && ratio <= 1.2, "≤ 150 B and ≤ 1.2× vim"))
        }

        let server = try FakeServer()
        var busy = SampleSessions.rich().objectValue!
        busy["task_status"] = "chat_processing"
        try server.seed(.object(busy))
        try server.seed(SampleSessions.empty())
        let keyFile = home.path + "/key"
        _ = FileManager.default.createFile(atPath: keyFile, contents: Data(FakeServer.apiKey.utf8), attributes: [.posixPermissions: 0o600])
        let env = environment(home, ["PUFFLE_API_BASE_URL": server.baseURL.absoluteString])
        for (label, id, budget) in [("while busy (spinner)", SampleSessions.richID, "8 frames/s, ≤ 10"), ("while idle", SampleSessions.emptyID, "0")] {
            let tmux = try TmuxSession([TmuxSession.binary, "--api-key-file", keyFile, id], environment: env, width: 120, height: 40)
            _ = try tmux.waitFor(id == SampleSessions.richID ? "chat processing" : "untitled")
            usleep(1_000_000)
            let bytes = tmux.rawBytes.count, requests = try server.requests().count
            let seconds = 5.0
            usleep(UInt32(seconds * 1_000_000))
            let bytesPerSecond = Double(tmux.rawBytes.count - bytes) / seconds
            let requestsPerSecond = Double(try server.requests().count - requests) / seconds
            // The spinner ticks every 125 ms (8 frames/s); a frame rewrites one cell and moves the cursor.
            let ok = id == SampleSessions.richID ? bytesPerSecond <= 10 * 60 : bytesPerSecond == 0 && requestsPerSecond == 0
            Report.line("terminal bytes/s and requests/s \(label)", String(format: "%.0f B/s", bytesPerSecond),
                        baseline: String(format: "%.2f requests/s", requestsPerSecond), verdict: Report.verdict(ok, budget))
        }
    }
}
