import Foundation
import PuffleAPI
import TestSupport

/// What a real terminal sees, side by side with vim (and nano where installed) in the same run:
/// CPU per typed character and bytes written for it, in each layout at the end of the draft and
/// inside a paragraph, beside a 10,000-message transcript; scrolling, switching focus and a
/// spinner frame against vim scrolling a line; first paint; bytes and requests while idle.
enum TerminalBench {
    static let typed = Array("quick brown fox jumps over the lazy dog ")
    static let sessionID = DemoSeed.fullSessionID

    struct Place {
        let label: String
        let ours: [String], vim: [String], nano: [String]
    }

    static let places = [
        Place(label: "end of the draft", ours: ["M-3", "C-End"], vim: ["G", "A"], nano: ["M-/"]),
        // Inside "Teams like yours …", which wraps: every character reflows the rest of it.
        Place(
            label: "inside a paragraph",
            ours: ["M-3", "C-Home", "Down", "Down", "Down", "Down"] + Array(repeating: "Right", count: 10),
            vim: ["g", "g", "4", "j", "1", "0", "l", "i"],
            nano: ["M-\\", "Down", "Down", "Down", "Down"] + Array(repeating: "Right", count: 10))
    ]

    static let layouts = [(200, 50, "three columns"), (120, 40, "two columns"), (80, 24, "tabs")]

    static func environment(_ home: TemporaryDirectory, _ extra: [String: String] = [:]) -> [String: String] {
        [
            "XDG_CONFIG_HOME": home.path + "/config", "XDG_STATE_HOME": home.path + "/state",
            "XDG_DATA_HOME": home.path + "/data",
            "HOME": home.path, "LANG": "C.UTF-8"
        ].merging(extra) { $1 }
    }

    /// Typing at a place of the draft, `gap` microseconds between keys, the program (beside a
    /// 10,000-message transcript) and vim (on `draft.txt` in `vimIn`, when given) taking turns,
    /// medians of three each.
    static func typingInTurn(
        _ binary: String, _ place: Place, width: Int, height: Int, count: Int, gap: UInt32 = 15_000,
        vimIn files: TemporaryDirectory?
    ) throws -> (ours: EditorRun.Figures, theirs: EditorRun.Figures?) {
        try EditorRun.Figures.inTurn(
            {
                let home = try workspace(messages: 10_000)
                return try demo(binary, home).measure(
                    width: width, height: height, setup: place.ours, count: count, gap: gap, event: type)
            },
            files.map { files in
                {
                    try vim("draft.txt", in: files).measure(
                        width: width, height: height, setup: place.vim, count: count, gap: gap, event: type)
                }
            })
    }

    /// A demo workspace whose session has the demo's draft (or `body`) and `messages` messages.
    static func workspace(messages: Int, busy: Bool = false, body: String? = nil) throws -> TemporaryDirectory {
        let home = try TemporaryDirectory()
        var json = DemoSeed.session(sessionID)!.json
        let big = BenchInputs.session(messages: messages, bodyBytes: 100)
        json["messages"] = messages > 0 ? big["messages"] : json["messages"]
        if busy { json["task_status"] = "chat_processing" }
        if let body { json["draft_body"] = .string(body) }
        try AtomicFile.shared.write(
            JSONWriter.bytes(.object(json)), toPath: home.path + "/data/puffle-draft/demo/sessions/\(sessionID).json")
        return home
    }

    /// The program on the demo's session in a workspace (see `workspace`).
    static func demo(_ binary: String, _ home: TemporaryDirectory, ready: String = "RouteWise") -> EditorRun {
        EditorRun(
            name: "puffle-draft", argv: [binary, "--demo", sessionID], environment: environment(home), ready: ready,
            process: "puffle-draft")
    }

    /// vim on a file of `files`, as a user without a vimrc has it, and no swap or viminfo file.
    static func vim(_ file: String, in files: TemporaryDirectory, ready: String = "RouteWise", extra: [String] = [])
        -> EditorRun
    {
        EditorRun(
            name: "vim", argv: ["vim", "-u", "NONE", "-N", "-i", "NONE", "-n"] + extra + [files.path + "/" + file],
            environment: environment(files), ready: ready, process: "vim")
    }

    static func type(_ tmux: TmuxSession, _ i: Int) throws { try tmux.type(String(typed[i % typed.count])) }

    /// One typing series counted two ways, `/proc/PID/stat` and perf's task-clock: the
    /// benchmark stops if they differ by more than a fifth, since its figures would then not be
    /// what the machine paid.
    static func crossCheck(binary: String) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/perf") else {
            Report.line("cross-check of the CPU count", "skipped", baseline: "perf is not installed")
            return
        }
        let home = try workspace(messages: 10_000)
        let figures = try demo(binary, home).measure(
            width: 200, height: 50, setup: ["M-3", "C-End"], count: 300, crossCheck: true, event: type)
        guard let perf = figures.perfMicroseconds else { return }
        let ratio = figures.microseconds / perf
        Report.line(
            "cross-check: a typed character, /proc/PID/stat against perf",
            String(format: "%.0f µs", figures.microseconds), baseline: String(format: "perf task-clock %.0f µs", perf),
            verdict: String(format: "ratio %.2f ", ratio) + Report.verdict(abs(ratio - 1) <= 0.2, "within 20 %"))
        guard abs(ratio - 1) <= 0.2 else {
            FileHandle.standardError.write(
                Data("puffle-draft-bench: the two CPU counts disagree; figures withheld\n".utf8))
            exit(1)
        }
    }

    static func run(binary: String) throws {
        let draft = DemoSeed.session(sessionID)?.draftBody ?? ""
        let files = try TemporaryDirectory()
        try draft.write(toFile: files.path + "/draft.txt", atomically: true, encoding: .utf8)
        let lines = (0..<10_000).map { "line \($0) of a long transcript, as long as a line of chat usually is" }.joined(
            separator: "\n")
        try lines.write(toFile: files.path + "/long.txt", atomically: true, encoding: .utf8)
        let hasVim = EditorRun.installed("vim"), hasNano = EditorRun.installed("nano")
        if !hasVim { Report.line("vim comparisons", "skipped", baseline: "vim is not installed (apt-get install vim)") }
        let count = 200

        // Typing, in each layout and place: the app and vim in turn, medians compared.
        var vimScroll: Double?
        try crossCheck(binary: binary)
        for (width, height, layout) in layouts {
            for place in places {
                let (us, vim) = try typingInTurn(
                    binary, place, width: width, height: height, count: count, vimIn: hasVim ? files : nil)
                var baseline = "", verdict = ""
                if let vim {
                    baseline = String(format: "vim %.0f µs, %.0f B", vim.microseconds, vim.bytes)
                    verdict =
                        String(format: "ratio %.2f ", us.microseconds / vim.microseconds)
                        + Report.verdict(
                            us.microseconds <= vim.microseconds && us.bytes <= vim.bytes * 1.2,
                            "CPU ≤ vim, bytes ≤ 1.2× vim")
                }
                if hasNano {
                    let nano = try EditorRun(
                        name: "nano", argv: ["nano", "--ignorercfiles", files.path + "/draft.txt"],
                        environment: environment(files), ready: "RouteWise", process: "nano"
                    )
                    .measure(width: width, height: height, setup: place.nano, count: count, event: type)
                    baseline += String(format: "; nano %.0f µs", nano.microseconds)
                }
                Report.line(
                    "typed character, \(width)×\(height) \(layout), \(place.label)",
                    String(format: "%.0f µs, %.1f B", us.microseconds, us.bytes), baseline: baseline, verdict: verdict)
            }
        }

        // The binary the Debian package installs (Swift's libraries linked in) types too, beside vim.
        if let staticBinary = StaticBinary.path(besides: binary), hasVim {
            let (us, vim) = try typingInTurn(
                staticBinary, places[0], width: 200, height: 50, count: count, vimIn: files)
            if let vim {
                Report.line(
                    "typed character, 200×50, \(places[0].label), static binary",
                    String(format: "%.0f µs", us.microseconds),
                    baseline: String(format: "vim %.0f µs", vim.microseconds),
                    verdict: String(format: "ratio %.2f ", us.microseconds / vim.microseconds)
                        + Report.verdict(us.microseconds <= vim.microseconds, "CPU ≤ vim"))
            }
        }

        try editingKeys(binary: binary, files: files, hasVim: hasVim, count: count)

        // Scrolling, focus and the spinner, against vim scrolling a line of a long file.
        if hasVim {
            vimScroll = try vim("long.txt", in: files, ready: "line 0 of")
                .measure(width: 200, height: 50, setup: [], count: count) { tmux, _ in try tmux.send("C-e") }
                .microseconds
        }
        let home = try workspace(messages: 10_000)
        let session = demo(binary, home)
        let scroll = try session.measure(width: 200, height: 50, setup: ["M-4"], count: count) { tmux, _ in
            try tmux.send("Up")
        }
        let focus = try session.measure(width: 200, height: 50, setup: [], count: count) { tmux, _ in
            try tmux.send("Tab")
        }
        let busyHome = try workspace(messages: 0, busy: true)  // kept: the folder goes when this does
        let busy = demo(binary, busyHome, ready: "chat processing")
        // Eight spinner frames a second: one "event" is a second of them.
        let spinner = try busy.measure(width: 200, height: 50, setup: [], count: 3, gap: 1_000_000) { _, _ in }
        for (label, figure) in [
            ("scroll the transcript a row", scroll.microseconds), ("switch focus (Tab)", focus.microseconds),
            ("spinner frame", spinner.microseconds / 8)
        ] {
            let verdict =
                vimScroll.map {
                    String(format: "ratio %.2f ", figure / $0)
                        + Report.verdict(figure <= 2 * $0, "≤ 2× vim's line scroll")
                } ?? ""
            Report.line(
                "\(label), 200×50", String(format: "%.0f µs", figure),
                baseline: vimScroll.map { String(format: "vim scrolls a line: %.0f µs", $0) } ?? "", verdict: verdict)
        }

        try firstPaints(binary: binary, files: files, hasVim: hasVim)
        try idle(binary: binary)
        try binaries(binary)
    }

    /// Size and start-up (to `--version`, which needs no terminal) of the dynamic build and of
    /// the static one: how much of a start is the loading of libraries.
    static func binaries(_ binary: String) throws {
        for (label, path) in [("dynamic", binary)] + (StaticBinary.path(besides: binary).map { [("static", $0)] } ?? [])
        {
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            var times: [Double] = []
            for _ in 0..<20 {
                let start = Clock.wallSeconds()
                _ = try Spawn.run([path, "--version"])
                times.append((Clock.wallSeconds() - start) * 1000)
            }
            Report.line(
                "\(label) binary: size, start to exit of --version",
                String(format: "%.1f MB, %.1f ms", Double(size) / 1e6, times.sorted()[10]),
                baseline: path.hasPrefix(FileManager.default.currentDirectoryPath)
                    ? String(path.dropFirst(FileManager.default.currentDirectoryPath.count + 1)) : path)
        }
    }

    /// Launch to the draft on screen, for the demo and for a session over loopback, against vim
    /// opening the same text; and the static binary's, when one was built.
    static func firstPaints(binary: String, files: TemporaryDirectory, hasVim: Bool) throws {
        let vim =
            hasVim
            ? try vim("draft.txt", in: files).firstPaint(width: 200, height: 50) : nil
        let server = try FakeServer()
        try server.seed(.object(DemoSeed.session(sessionID)!.json))
        let keyFile = files.path + "/key"
        _ = FileManager.default.createFile(
            atPath: keyFile, contents: Data(FakeServer.apiKey.utf8), attributes: [.posixPermissions: 0o600])
        var binaries = [("", binary)]
        if let staticBinary = StaticBinary.path(besides: binary) { binaries.append((" (static binary)", staticBinary)) }
        for (suffix, program) in binaries {
            for (what, argv, extra) in [
                ("the demo", [program, "--demo", sessionID], [String: String]()),
                (
                    "a session over loopback", [program, "--api-key-file", keyFile, sessionID],
                    ["PUFFLE_API_BASE_URL": server.baseURL.absoluteString]
                )
            ] {
                let home = try TemporaryDirectory()
                let ours = try EditorRun(
                    name: "puffle-draft", argv: argv, environment: environment(home, extra), ready: "RouteWise",
                    process: "puffle-draft"
                ).firstPaint(width: 200, height: 50)
                Report.line(
                    "first paint, \(what)\(suffix), 200×50", String(format: "%.1f ms", ours),
                    baseline: vim.map { String(format: "vim %.1f ms", $0) } ?? "vim skipped",
                    verdict: vim.map { String(format: "ratio %.2f ", ours / $0) + Report.verdict(ours <= $0, "≤ vim") }
                        ?? "")
            }
        }
    }

    /// Bytes and requests while busy (the spinner) and while idle.
    static func idle(binary: String) throws {
        let home = try TemporaryDirectory()
        let server = try FakeServer()
        var busy = SampleSessions.rich().objectValue!
        busy["task_status"] = "chat_processing"
        try server.seed(.object(busy))
        try server.seed(SampleSessions.empty())
        let keyFile = home.path + "/key"
        _ = FileManager.default.createFile(
            atPath: keyFile, contents: Data(FakeServer.apiKey.utf8), attributes: [.posixPermissions: 0o600])
        let env = environment(home, ["PUFFLE_API_BASE_URL": server.baseURL.absoluteString])
        for (label, id, budget) in [
            ("while busy (spinner)", SampleSessions.richID, "8 frames/s, ≤ 10"),
            ("while idle", SampleSessions.emptyID, "0")
        ] {
            let tmux = try TmuxSession(
                [binary, "--api-key-file", keyFile, id], environment: env, width: 120, height: 40)
            _ = try tmux.waitFor(id == SampleSessions.richID ? "chat processing" : "untitled")
            usleep(1_000_000)
            let bytes = tmux.rawBytes.count, requests = try server.requests().count
            let seconds = 5.0
            usleep(UInt32(seconds * 1_000_000))
            let bytesPerSecond = Double(tmux.rawBytes.count - bytes) / seconds
            let requestsPerSecond = Double(try server.requests().count - requests) / seconds
            // The spinner ticks every 125 ms (8 frames/s); a frame rewrites one cell and moves the cursor.
            let ok =
                id == SampleSessions.richID ? bytesPerSecond <= 10 * 60 : bytesPerSecond == 0 && requestsPerSecond == 0
            Report.line(
                "terminal bytes/s and requests/s \(label)", String(format: "%.0f B/s", bytesPerSecond),
                baseline: String(format: "%.2f requests/s", requestsPerSecond), verdict: Report.verdict(ok, budget))
        }
    }
}

/// The binary `swift build -c release --static-swift-stdlib --scratch-path .build-static` makes,
/// measured beside the dynamic one when it is there.
enum StaticBinary {
    static func path(besides binary: String) -> String? {
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let candidate =
            ProcessInfo.processInfo.environment["PUFFLE_STATIC_BINARY"]
            ?? package.appendingPathComponent(".build-static/release/puffle-draft").path
        return FileManager.default.isExecutableFile(atPath: candidate) && candidate != binary ? candidate : nil
    }
}
