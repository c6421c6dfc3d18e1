import DraftApp
import DraftCore
import Foundation
import PuffleAPI
import TestSupport

/// Opening a session: read, parse, check and first render, in a child process so its peak
/// memory is its own; compared with Python's json.load on the same bytes.
enum DecodeBench {
    /// The child's side: `puffle-draft-bench --decode FILE` prints its seconds and its peak
    /// resident bytes. The peak is read from the child itself: `wait4`'s `ru_maxrss` would
    /// count the parent's memory too, since posix_spawn runs the child in the parent's address
    /// space until it execs.
    static func decodeInChild(_ path: String) -> Never {
        let start = Clock.wallSeconds()
        let data = FileManager.default.contents(atPath: path)!
        let session = try! Session(json: JSONParser.parse(data))
        var state = AppState(sessionID: session.id, width: 200, height: 50)
        _ = Update.apply(.sessionOpened(.success(session)), to: &state)
        _ = ScreenView.render(state)
        let seconds = Clock.wallSeconds() - start
        print(seconds, peakResidentBytes())
        exit(0)
    }

    /// This process's high-water resident set (`VmHWM` in /proc/self/status).
    static func peakResidentBytes() -> Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
        return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) * 1024
    }

    /// Runs a command and returns what it printed.
    static func runPrinting(_ argv: [String]) -> String {
        let directory = try! TemporaryDirectory()
        let out = directory.path + "/out"
        let pid = try! Spawn.start(argv, stdoutPath: out)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
    }

    static func run(executable: String) {
        let directory = try! TemporaryDirectory()
        var baselinePeak = 0
        for (label, size) in [("1 KB", 1_000), ("1 MB", 1_000_000), ("10 MB", 10_000_000), ("50 MB", 50_000_000)] {
            let bytes =
                size <= 5_000
                ? JSONWriter.bytes(BenchInputs.session(messages: 1, bodyBytes: 200, messageBytes: 100))
                : BenchInputs.session(ofSize: size)
            let path = directory.path + "/session-\(size).json"
            _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
            var ours: [Double] = [], python: [Double] = []
            var peak = 0
            for _ in 0..<3 {
                let figures = runPrinting([executable, "--decode", path]).split(separator: " ")
                ours.append(figures.first.flatMap { Double($0) } ?? .nan)
                peak = max(peak, figures.last.flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0)
                let py = runPrinting([
                    "python3", "-c",
                    "import json,sys,time\nt=time.perf_counter()\njson.load(open(sys.argv[1]))\n"
                        + "print(time.perf_counter()-t)",
                    path
                ])
                python.append(Double(py.trimmingCharacters(in: .whitespacesAndNewlines)) ?? .nan)
            }
            let best = ours.min()!, pythonBest = python.min()!
            let ratio = best / pythonBest
            Report.line(
                "open + first render, \(label) session (\(bytes.count / 1000) KB)",
                String(format: "%.1f ms", best * 1000),
                baseline: String(format: "python json.load %.1f ms", pythonBest * 1000),
                verdict: String(format: "ratio %.2f ", ratio)
                    + (size >= 50_000_000 ? Report.verdict(ratio <= 1.0, "≤ 1.0 at 50 MB") : ""))
            if size < 1_000_000 { baselinePeak = peak }
            if size >= 1_000_000 {
                // The process itself (runtime, Foundation) takes what the 1 KB run took; the budget is about the data.
                let times = Double(peak - baselinePeak) / Double(bytes.count)
                Report.line(
                    "peak memory, \(label) session", "\(peak / 1_000_000) MB",
                    baseline: "JSON \(bytes.count / 1_000_000) MB, empty run \(baselinePeak / 1_000_000) MB",
                    verdict: String(format: "%.1f× above the empty run ", times)
                        + Report.verdict(times <= 3, "≤ 3× the JSON"))
            }
        }
    }

    /// PATCH bodies on the 50 MB session: a title edit and a one-character body edit.
    static func patchSizes() {
        let bytes = BenchInputs.session(ofSize: 50_000_000)
        let session = try! Session(json: JSONParser.parse(bytes))
        var state = AppState(sessionID: session.id, width: 120, height: 40)
        _ = Update.apply(.sessionOpened(.success(session)), to: &state)
        for (label, pane) in [("title edit", Pane.title), ("one-character body edit", Pane.body)] {
            var edited = state
            edited.focus(pane)
            _ = Update.apply(.input(.key(.character("x"))), to: &edited)
            let body = SessionPatch.body(from: edited.base!, to: edited.editedSession()!)!
            let size = JSONWriter.bytes(.object(body)).count
            Report.line(
                "PATCH body for a \(label), 50 MB session", "\(size) B",
                baseline: "session \(bytes.count / 1_000_000) MB",
                verdict: "keys: " + body.keys.joined(separator: ", "))
        }
    }
}
