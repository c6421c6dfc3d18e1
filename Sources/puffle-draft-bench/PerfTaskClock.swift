import Foundation
import TestSupport

/// A second, independent count of a program's CPU for the benchmark's cross-check: `perf stat
/// -e task-clock` attached to its processes, which the kernel's perf events count to the
/// nanosecond, threads started later included. It shares nothing with `ProcessCPU`'s reading of
/// `/proc/PID/stat`.
struct PerfTaskClock {
    private let perf: AttachedPerf

    /// Starts counting; throws when perf cannot run here (not installed, or not allowed).
    init(attachingTo processes: [pid_t]) throws {
        perf = try AttachedPerf(
            ["stat", "-e", "task-clock", "-x", ","], attachingTo: processes, fileSuffix: "csv", settle: 300_000)
    }

    /// Stops counting and returns the microseconds counted.
    func stop() throws -> Double {
        perf.stop()
        let text = (try? String(contentsOfFile: perf.output, encoding: .utf8)) ?? ""
        // A CSV line: "271.47,msec,task-clock,…".
        guard let line = text.split(separator: "\n").first(where: { $0.contains("task-clock") }),
            let milliseconds = Double(line.split(separator: ",").first ?? "")
        else { throw TmuxError(message: "perf stat printed no task-clock: \(text)") }
        return milliseconds * 1000
    }
}
