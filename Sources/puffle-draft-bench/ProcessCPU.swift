import Foundation
import TestSupport

/// CPU time of a process and everything it started, as the kernel accounts it: per process the
/// thread group's `utime + stime` from `/proc/PID/stat` (which keeps the time of threads that
/// have ended) plus `cutime + cstime` (children it has waited for), and the same for every
/// child still alive. Nothing that ran can leave the sum, so it never goes backwards. Its unit
/// is the kernel's clock tick (10 ms here): a series must be long enough for a tick to matter
/// little (see `EditorRun.minimumSeriesCPU`).
enum ProcessCPU {
    /// Nanoseconds a clock tick stands for.
    static let tick = Int64(1_000_000_000 / sysconf(Int32(_SC_CLK_TCK)))

    /// Nanoseconds on a CPU so far, for `pid` and all its descendants, ended ones included.
    static func nanoseconds(ofTree pid: pid_t) -> Int64 {
        ([pid] + descendants(of: pid)).reduce(0) { $0 + ticks(of: $1) } * tick
    }

    /// `utime + stime + cutime + cstime` of one process, in ticks; 0 once it is gone (its time
    /// is then in its parent's `cutime`).
    private static func ticks(of pid: pid_t) -> Int64 {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return 0 }
        // After the command's name in parentheses (which may hold spaces): field 3 onwards.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 14 else { return 0 }
        return (11...14).reduce(0) { $0 + (Int64(fields[$1]) ?? 0) }
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
