import Foundation
import TestSupport

/// A profile of a running program by `perf record -g`, attached to its processes: where its CPU
/// went, as the call stacks of samples taken at a fixed rate on every thread. The keystroke
/// phases are read from it.
struct PerfRecord {
    private let perf: AttachedPerf

    /// One sample: the thread's name and its stack, innermost function first.
    struct Sample {
        let thread: String
        let stack: [String]
    }

    /// Starts sampling; throws when perf cannot run here.
    init(attachingTo processes: [pid_t], rate: Int = 5_000) throws {
        perf = try AttachedPerf(
            ["record", "-g", "-F", "\(rate)"], attachingTo: processes, fileSuffix: "data", settle: 500_000)
    }

    /// Stops sampling and returns the samples.
    func stop() throws -> [Sample] {
        perf.stop()
        defer { try? FileManager.default.removeItem(atPath: perf.output) }
        let script = try Spawn.run(["/usr/bin/perf", "script", "-i", perf.output, "-F", "comm,ip,sym"])
        return Self.samples(in: script.stdout)
    }

    /// `perf script` prints a sample as a line with the thread's name, then a line per frame
    /// ("address symbol"), then an empty line.
    static func samples(in text: String) -> [Sample] {
        var samples: [Sample] = []
        var thread: String?, stack: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty {
                if let thread { samples.append(Sample(thread: thread, stack: stack)) }
                thread = nil
                stack = []
            } else if line.first == "\t" || line.first == " " {
                let parts = line.drop { $0 == "\t" || $0 == " " }.split(separator: " ", maxSplits: 1)
                stack.append(parts.count > 1 ? String(parts[1]) : "[unknown]")
            } else {
                thread = line.trimmingCharacters(in: .whitespaces)
            }
        }
        if let thread { samples.append(Sample(thread: thread, stack: stack)) }
        return samples
    }
}
