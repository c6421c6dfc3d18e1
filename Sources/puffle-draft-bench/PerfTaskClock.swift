import Foundation
import TestSupport

/// A second, independent count of a program's CPU for the benchmark's cross-check: `perf stat
/// -e task-clock` attached to its processes, which the kernel's perf events count to the
/// nanosecond, threads started later included. It shares nothing with `ProcessCPU`'s reading of
/// `/proc/PID/stat`.
struct PerfTaskClock {
    private let pid: pid_t
    private let output: String

    /// Starts counting; throws when perf cannot run here (not installed, or not allowed).
    init(attachingTo processes: [pid_t]) throws {
        output = NSTemporaryDirectory() + "puffle-bench-perf-\(getpid()).csv"
        try? FileManager.default.removeItem(atPath: output)
        pid = try Spawn.start(
            [
                "/usr/bin/perf", "stat", "-e", "task-clock", "-x", ",", "-o", output, "-p",
                processes.map(String.init).joined(separator: ",")
            ])
        usleep(300_000)  // perf attaches before the series starts
    }

    /// Stops counting and returns the microseconds counted.
    func stop() throws -> Double {
        kill(pid, SIGINT)
        _ = Spawn.wait(pid)
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        // A CSV line: "271.47,msec,task-clock,…".
        guard let line = text.split(separator: "\n").first(where: { $0.contains("task-clock") }),
            let milliseconds = Double(line.split(separator: ",").first ?? "")
        else { throw TmuxError(message: "perf stat printed no task-clock: \(text)") }
        return milliseconds * 1000
    }
}
