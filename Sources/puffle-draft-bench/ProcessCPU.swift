import Foundation
import TestSupport

/// CPU time of a process and everything it started (threads and children), from /proc: what
/// a keystroke costs the machine, however the program splits its work.
enum ProcessCPU {
    /// Nanoseconds on a CPU so far, summed over every thread of `pid` and of its descendants.
    static func nanoseconds(ofTree pid: pid_t) -> UInt64 {
        var total: UInt64 = 0
        for process in [pid] + descendants(of: pid) {
            let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(process)/task")) ?? []
            for task in tasks {
                // The first field of schedstat is the time on a CPU, in nanoseconds.
                let stat = (try? String(contentsOfFile: "/proc/\(process)/task/\(task)/schedstat", encoding: .utf8)) ?? ""
                total += UInt64(stat.split(separator: " ").first ?? "") ?? 0
            }
        }
        return total
    }

    static func descendants(of pid: pid_t) -> [pid_t] {
        let children = ((try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? "")
            .split(separator: " ").compactMap { pid_t($0) }
        return children + children.flatMap(descendants)
    }
}
