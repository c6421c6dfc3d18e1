import Foundation
import TestSupport

/// Where a typed character's CPU goes, by phase: a typing series (200×50, at the end of the
/// draft, beside 10,000 messages) is sampled by perf on every thread and process of the program,
/// each sample is given the phase of the innermost function of its stack that names one, and a
/// phase's share of the samples, times the series' CPU per character (counted from /proc, as
/// every figure here), is its cost. With `PUFFLE_BENCH_BEFORE` naming an older build of the
/// program, that build is measured the same way in the same run, for a before and after.
enum KeystrokePhases {
    /// A phase and the functions that begin it: Swift symbols by their mangled name after the
    /// module's (a type and, where it matters, a method: `8BodyRowsO5marks` is `BodyRows.marks`),
    /// C functions by name. The innermost of a stack's functions that begins a phase gives the
    /// sample its phase, so helpers shared by several phases go to the one that called them.
    static let phases: [(name: String, functions: [String])] = [
        ("journal", ["12JournalStoreV", "15RecoveryJournalV", "13JournalUpdateO", "10AtomicFileC"]),
        ("spelling and check marks", ["8BodyRowsO5marks", "10SpellStateV16misspelledRanges", "9TextMarksO"]),
        ("copy checks", ["13CopyCheckMemoC", "0B5StateV11draftReport", "0B5StateV11copyContext"]),
        ("spelling: which words to ask", ["11SpellUpdateO", "12SpellServiceC"]),
        (
            "layout and wrap",
            [
                "12ScreenLayoutV", "12EditorLayoutV", "8LineRowsV", "8TextWrapO", "8BodyRowsO4rows",
                "13EditingUpdateO17keepCursorVisible"
            ]
        ),
        ("diff with the screen shown", ["12ScreenWriterV"]),
        ("write to the terminal", ["__libc_write", "__GI___libc_write", "write"]),
        ("read and decode input", ["0A0C10readEvents", "12InputDecoderV", "__libc_read", "__GI___libc_read", "read"]),
        ("update", ["6UpdateO5apply"]),
        ("render into the Surface", ["10ScreenViewO6render"]),
        ("wait, wake-ups and timers", ["__poll", "poll", "9EventLoopC", "5InboxC"])
    ]

    /// The phase a sample is in: the program's other threads and processes apart (network, the
    /// spelling checker's pipe, the checker itself), the main thread's by its stack.
    static func phase(of sample: PerfRecord.Sample) -> String {
        if sample.thread == "hunspell" { return "the spelling checker (hunspell)" }
        if sample.thread != "puffle-draft" { return "other threads (spelling pipe, network)" }
        for frame in sample.stack {
            let name = ownName(frame)
            let swift = frame.hasPrefix("$s")
            if let phase = phases.first(where: { phase in
                phase.functions.contains { swift ? name.hasPrefix($0) : name == $0 }
            }) {
                return phase.name
            }
        }
        return "other"
    }

    /// A Swift symbol without `$s` and its module's name (`$s8DraftApp8BodyRowsO5marks…` is
    /// `8BodyRowsO5marks…`): the function's own type and name come first, where the parameter
    /// types that follow cannot be mistaken for them. A C symbol as it is.
    static func ownName(_ symbol: String) -> Substring {
        guard symbol.hasPrefix("$s") else { return symbol[...] }
        let rest = symbol.dropFirst(2)
        let digits = rest.prefix { $0.isNumber }
        guard let length = Int(digits) else { return rest }
        return rest.dropFirst(digits.count + length)
    }

    static func run(binary: String) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/perf") else {
            Report.line("where a typed character's time goes", "skipped", baseline: "perf is not installed")
            return
        }
        let before = ProcessInfo.processInfo.environment["PUFFLE_BENCH_BEFORE"]
        let builds = [("now", binary)] + (before.map { [("before", $0)] } ?? [])
        // Three series of each build, taken in turn: the machine's other load moves a single
        // series by a fifth. The samples are pooled; the CPU a character is the series' median.
        var series: [String: [EditorRun.Figures]] = [:]
        for _ in 0..<3 {
            for (label, program) in builds {
                let home = try TerminalBench.workspace(messages: 10_000)
                let figures = try TerminalBench.demo(program, home).measure(
                    width: 200, height: 50, setup: ["M-3", "C-End"], count: 400, profile: true
                ) { tmux, i in
                    try TerminalBench.type(tmux, i)
                }
                series[label, default: []].append(figures)
            }
        }
        var columns: [(label: String, costs: [String: Double], total: Double)] = []
        for (label, _) in builds {
            let runs = series[label] ?? []
            let samples = runs.flatMap { $0.samples ?? [] }
            let total = EditorRun.Figures.median(runs).microseconds
            var counts: [String: Int] = [:]
            for sample in samples { counts[phase(of: sample), default: 0] += 1 }
            columns.append((label, counts.mapValues { Double($0) / Double(max(1, samples.count)) * total }, total))
            Report.line(
                "where a typed character's time goes (\(label)): samples", "\(samples.count)",
                baseline: String(format: "%.0f µs a character", total))
        }
        let names =
            phases.map(\.name) + [
                "other threads (spelling pipe, network)", "the spelling checker (hunspell)", "other"
            ]
        for name in names {
            let now = columns[0].costs[name] ?? 0
            Report.line(
                "  \(name)", String(format: "%.0f µs", now),
                baseline: columns.count > 1 ? String(format: "before: %.0f µs", columns[1].costs[name] ?? 0) : "",
                verdict: String(format: "%.0f %% of it", now / max(1, columns[0].total) * 100))
        }
    }
}
