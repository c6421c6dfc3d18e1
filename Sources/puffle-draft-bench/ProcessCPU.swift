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
                let stat =
                    (try? String(contentsOfFile: "/proc/\(process)/task/\(task)/schedstat", encoding: .utf8)) ?? ""
                total += UInt64(stat.split(separator: " ").first ?? "") ?? 0
            }
        }
        return total
    }

    /// Every process below `pid`. A child is listed under the thread that started it (the spelling
    /// checker under a worker thread, not the main one), so every thread's list is read.
    static func descendants(of pid: pid_t) -> [pid_t] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        let children = tasks.flatMap { task in
            ((try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8)) ?? "")
                .split(separator: " ").compactMap { pid_t($0) }
        }
        return children + children.flatMap(descendants)
    }
}
