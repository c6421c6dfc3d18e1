import Foundation
import TestSupport

/// perf attached to a running program's processes (threads started later included), writing to a
/// file of its own until stopped: what the cross-check's count and the phases' profile share.
struct AttachedPerf {
    /// Where perf writes.
    let output: String
    private let pid: pid_t

    /// Starts `perf <command> … -o output -p PIDS` and gives it `settle` microseconds to attach
    /// before the series starts; throws when perf cannot run here (not installed, or not allowed).
    init(_ command: [String], attachingTo processes: [pid_t], fileSuffix: String, settle: useconds_t) throws {
        output = NSTemporaryDirectory() + "puffle-bench-perf-\(getpid()).\(fileSuffix)"
        try? FileManager.default.removeItem(atPath: output)
        pid = try Spawn.start(
            ["/usr/bin/perf"] + command + ["-o", output, "-p", processes.map(String.init).joined(separator: ",")])
        usleep(settle)
    }

    /// Stops perf as Ctrl-C would, and waits until it has written its file.
    func stop() {
        kill(pid, SIGINT)
        _ = Spawn.wait(pid)
    }
}
