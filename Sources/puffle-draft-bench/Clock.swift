import Foundation

/// CPU time of this process, for per-keystroke figures that other load on the machine does not skew.
enum Clock {
    static func cpuSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    static func wallSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}

/// One line per figure: what, the value, the baseline it is compared with, and the budget.
struct Report {
    static func line(_ name: String, _ value: String, baseline: String = "", verdict: String = "") {
        func padded(_ text: String, _ width: Int) -> String {
            text.padding(toLength: width, withPad: " ", startingAt: 0)
        }
        print("\(padded(name, 68)) \(padded(value, 16)) \(padded(baseline, 30)) \(verdict)")
        FileHandle.standardOutput.synchronizeFile()
    }

    static func verdict(_ ok: Bool, _ budget: String) -> String { (ok ? "ok" : "OVER") + " (budget \(budget))" }

    /// A keystroke's cost beside the same keystroke in a 1 KB body, within `budget` times it.
    static func againstSmallBody(_ name: String, _ cost: Double, small: Double, budget: Double) {
        let ratio = cost / small
        line(
            name, String(format: "%.1f µs", cost), baseline: String(format: "1 KB body: %.1f µs", small),
            verdict: String(format: "ratio %.2f ", ratio) + verdict(ratio <= budget, String(format: "≤ %.1f", budget)))
    }
}
