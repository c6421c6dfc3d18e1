import DraftApp
import Foundation
import PuffleAPI
import TestSupport

/// An editor under measurement: the real program in a real terminal (tmux), typed at one key at
/// a time, with its CPU read from /proc and its output counted by `pipe-pane`.
struct EditorRun {
    let name: String
    let argv: [String]
    let environment: [String: String]
    /// Text that is on screen once the document is shown.
    let ready: String
    /// The name its process has, to find it under the pane's shell.
    let process: String

    /// The CPU a series must cost for one clock tick (10 ms) to be under 5 % of it.
    static let minimumSeriesCPU = 20 * ProcessCPU.tick

    /// What one measured series cost, per event.
    struct Figures {
        var microseconds: Double
        var bytes: Double
        /// The same series counted a second way (`perf stat -e task-clock` attached to the program's
        /// processes), when asked for.
        var perfMicroseconds: Double? = nil
        /// perf's samples of the series, when asked for: where its CPU went.
        var samples: [PerfRecord.Sample]? = nil

        static func median(_ runs: [Figures]) -> Figures {
            let cpu = runs.map(\.microseconds).sorted(), bytes = runs.map(\.bytes).sorted()
            return Figures(microseconds: cpu[cpu.count / 2], bytes: bytes[bytes.count / 2])
        }

        /// Our series and the other editor's (nil: not installed), measured in turn three times
        /// and their medians: the machine's other load shifts a single series by a tenth or more,
        /// and taking them in turn spreads it over both.
        static func inTurn(
            _ ours: () throws -> Figures, _ theirs: (() throws -> Figures)?
        ) throws -> (ours: Figures, theirs: Figures?) {
            var us: [Figures] = [], them: [Figures] = []
            for _ in 0..<3 {
                us.append(try ours())
                if let theirs { them.append(try theirs()) }
            }
            return (median(us), them.isEmpty ? nil : median(them))
        }
    }

    /// Starts the editor at a size, presses `setup` (tmux key names, text after "text:", or
    /// "wait:" and a text to wait for on screen), then
    /// sends `count` events made by `event`, each in a frame of its own, and returns their cost
    /// (counted by perf too when `crossCheck`, and sampled by perf when `profile`).
    func measure(
        width: Int, height: Int, setup: [String], count: Int, gap: UInt32 = 15_000, crossCheck: Bool = false,
        profile: Bool = false, event: (TmuxSession, Int) throws -> Void
    ) throws -> Figures {
        let tmux = try TmuxSession(argv, environment: environment, width: width, height: height)
        _ = try tmux.waitFor(ready, timeout: 20)
        for key in setup {
            if key.hasPrefix("wait:") {
                _ = try tmux.waitFor(String(key.dropFirst(5)), timeout: 60)
                continue
            }
            if key.hasPrefix("text:") { try tmux.type(String(key.dropFirst(5))) } else { try tmux.send(key) }
            usleep(60_000)
        }
        usleep(700_000)
        let pid = try tmux.programPID(named: process)
        // Start from quiet: work the program does once after opening (the spelling checker,
        // started a moment after the first paint, loading its dictionary and working out
        // suggestions for the names on screen, in a process of its own) is not the cost of the
        // events measured. Quiet is three tenths of a second in a row without a clock tick.
        var settled = ProcessCPU.nanoseconds(ofTree: pid), quiet = 0
        for _ in 0..<80 where quiet < 3 {
            usleep(100_000)
            let now = ProcessCPU.nanoseconds(ofTree: pid)
            quiet = now - settled < ProcessCPU.tick ? quiet + 1 : 0
            settled = now
        }
        let perf = crossCheck ? try PerfTaskClock(attachingTo: [pid] + ProcessCPU.descendants(of: pid)) : nil
        let record = profile ? try PerfRecord(attachingTo: [pid] + ProcessCPU.descendants(of: pid)) : nil
        let cpu = ProcessCPU.nanoseconds(ofTree: pid), bytes = tmux.rawBytes.count
        // At least `count` events, and more until the series has cost enough ticks that one
        // tick is under 5 % of it (or ten times `count`, for a program too cheap to reach that).
        // The tree's CPU is read between batches, not between events: the reading walks /proc, and
        // the bench's own work would run beside the program's on the same cores.
        var sent = 0
        repeat {
            for _ in 0..<count {
                try event(tmux, sent)
                sent += 1
                usleep(gap)
            }
        } while ProcessCPU.nanoseconds(ofTree: pid) - cpu < Self.minimumSeriesCPU && sent < 10 * count
        // The last frame drawn, and the journal typing scheduled (`JournalUpdate.delay` after a key) written.
        usleep(UInt32((JournalUpdate.delay + 0.2) * 1_000_000))
        let spent = Double(max(0, ProcessCPU.nanoseconds(ofTree: pid) - cpu)) / 1000
        let perfSpent = try perf?.stop()
        return Figures(
            microseconds: spent / Double(sent), bytes: Double(tmux.rawBytes.count - bytes) / Double(sent),
            perfMicroseconds: perfSpent.map { $0 / Double(sent) }, samples: try record?.stop())
    }

    /// Milliseconds from starting the program to `ready` on screen, through tmux, the median of
    /// `runs`. A tmux server is started first, so only the program's own start is timed.
    func firstPaint(width: Int, height: Int, runs: Int = 7) throws -> Double {
        var times: [Double] = []
        for _ in 0..<runs {
            let socket = "puffle-bench-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            let tmux = { (arguments: [String]) throws -> String in
                try Spawn.run(["tmux", "-L", socket, "-f", "/dev/null"] + arguments).stdout
            }
            _ = try tmux(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", "idle", "sleep 60"])
            defer { _ = try? tmux(["kill-server"]) }
            let exports = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }.joined(
                separator: " ")
            let command =
                "unset NO_COLOR; export TERM=tmux-256color; exec env \(exports) "
                + argv.map(Self.quote).joined(separator: " ")
            let start = Clock.wallSeconds()
            _ = try tmux(["new-window", "-d", "-t", "idle", "-n", "run", command])
            var shown = false
            while Clock.wallSeconds() - start < 10 {
                if try tmux(["capture-pane", "-p", "-t", "idle:run"]).contains(ready) { shown = true; break }
            }
            guard shown else { throw TmuxError(message: "\(name) never showed \(ready)") }
            times.append((Clock.wallSeconds() - start) * 1000)
        }
        return times.sorted()[times.count / 2]
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Whether a program is on PATH.
    static func installed(_ program: String) -> Bool {
        (try? Spawn.run(["sh", "-c", "command -v \(program)"]).status) == 0
    }
}
