import DraftApp
import Foundation
import PuffleAPI
import TestSupport

/// Why a typed character costs what it does, beside vim: the same typing with no pause between
/// keys and 15 ms apart (a person's keys are further apart still), and the code a keystroke runs,
/// counted by valgrind's callgrind one key at a time in distinct 64-byte lines. After a pause
/// little of a program's code and data is left in the CPU's caches, so what a keystroke costs is
/// likely to follow how much code and data it goes through more than how many instructions it
/// executes (this machine's perf cannot count cache misses to say so directly).
enum KeystrokeFootprint {
    /// What callgrind counted for one keystroke.
    struct Footprint {
        /// Distinct 64-byte lines of code executed, in every library and thread of the process.
        var lines: Int
        var instructions: Int
    }

    static func run(binary: String) throws {
        guard EditorRun.installed("vim") else {
            Report.line("keystroke footprint against vim", "skipped", baseline: "vim is not installed")
            return
        }
        let files = try TemporaryDirectory()
        try (DemoSeed.session(TerminalBench.sessionID)?.draftBody ?? "").write(
            toFile: files.path + "/draft.txt", atomically: true, encoding: .utf8)
        let typed = try pauses(binary: binary, files: files)
        try wakeUps(binary: binary, typed: typed)
        guard EditorRun.installed("valgrind"), EditorRun.installed("callgrind_control"), EditorRun.installed("objcopy")
        else {
            Report.line("code run by a typed character", "skipped", baseline: "valgrind is not installed")
            return
        }
        // Without its debug information, which valgrind's reader gives up on; the code is the same.
        let stripped = files.path + "/puffle-draft"
        _ = try Spawn.run(["objcopy", "--strip-debug", binary, stripped])
        let home = try TerminalBench.workspace(messages: 10_000)
        let ours = try footprints(
            [stripped, "--demo", TerminalBench.sessionID], environment: TerminalBench.environment(home),
            setup: ["M-3", "C-End"], process: stripped)
        let vim = try footprints(
            TerminalBench.vim("draft.txt", in: files).argv, environment: TerminalBench.environment(files),
            setup: ["G", "A"], process: "vim")
        guard let us = median(ours.kept), let them = median(vim.kept) else {
            Report.line("code run by a typed character", "no keystroke measured")
            return
        }
        let lines = { (footprint: Footprint) in "\(footprint.lines) (\(footprint.lines * 64 / 1024) KB)" }
        Report.line(
            "code a typed character runs, 64-byte lines (callgrind), 200×50", lines(us),
            baseline: "vim " + lines(them),
            verdict: String(format: "ratio %.2f ", Double(us.lines) / Double(them.lines))
                + Report.verdict(us.lines <= them.lines, "≤ vim"))
        Report.line(
            "instructions a typed character executes (callgrind), 200×50",
            String(format: "%.0fk", Double(us.instructions) / 1000),
            baseline: String(format: "vim %.0fk", Double(them.instructions) / 1000),
            verdict: String(format: "ratio %.2f", Double(us.instructions) / Double(them.instructions)))
        if ours.journal > 0 {
            Report.line(
                "  keys left out: the journal written in their time",
                "\(ours.journal) of \(ours.journal + ours.kept.count)")
        }
    }

    /// Typing at the end of the draft with no pause between keys and 15 ms apart, three series
    /// of each editor in turn, medians compared; returns the figures 15 ms apart (ours, vim's).
    static func pauses(binary: String, files: TemporaryDirectory) throws -> (ours: Double, vim: Double) {
        var apart = (ours: Double.nan, vim: Double.nan)
        for (gap, label) in [(UInt32(0), "no pause between keys"), (15_000, "keys 15 ms apart")] {
            let (ours, theirs) = try TerminalBench.typingInTurn(
                binary, TerminalBench.places[0], width: 200, height: 50, count: 200, gap: gap, vimIn: files)
            let us = ours.microseconds, them = theirs?.microseconds ?? .nan
            Report.line(
                "typed character, \(label), 200×50", String(format: "%.0f µs", us),
                baseline: String(format: "vim %.0f µs", them), verdict: String(format: "ratio %.2f", us / them))
            apart = (us, them)
        }
        return apart
    }

    /// What a keystroke costs before any editing: the floor (`EchoFloor`: woken, one read, one
    /// write) and a key the program reads and does nothing with (F12 is bound nowhere: woken,
    /// decoded, looked up, and the frame built and found unchanged), 15 ms apart like `typed`.
    static func wakeUps(binary: String, typed: (ours: Double, vim: Double)) throws {
        let bench = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
        let (nothing, floor) = try EditorRun.Figures.inTurn(
            {
                let home = try TerminalBench.workspace(messages: 10_000)
                return try TerminalBench.demo(binary, home).measure(
                    width: 200, height: 50, setup: ["M-3", "C-End"], count: 200
                ) { tmux, _ in try tmux.send("F12") }
            },
            {
                let home = try TemporaryDirectory()
                return try EchoFloor.run(bench, in: home).measure(
                    width: 200, height: 50, setup: [], count: 200, event: TerminalBench.type)
            })
        let bottom = floor?.microseconds ?? .nan
        Report.line(
            "the floor: a program that only echoes a key (bench --echo), 200×50", String(format: "%.0f µs", bottom),
            baseline: String(format: "vim types one: %.0f µs", typed.vim),
            verdict: String(format: "vim's own work %.0f µs", typed.vim - bottom))
        Report.line(
            "a key the program does nothing with (F12), 200×50", String(format: "%.0f µs", nothing.microseconds),
            baseline: String(format: "a typed character: %.0f µs", typed.ours),
            verdict: String(
                format: "above the floor: %.0f of %.0f µs", nothing.microseconds - bottom, typed.ours - bottom))
    }

    /// Starts `argv` under callgrind in tmux at 200×50, types twenty letters to warm it up (the
    /// first journal write, the first spelling answers), then twelve letters a second apart with
    /// each one's counts taken on their own. Keys in whose time the recovery journal was written
    /// (once a second at most while typing) are left out and counted.
    static func footprints(
        _ argv: [String], environment: [String: String], setup: [String], process: String
    ) throws -> (kept: [Footprint], journal: Int) {
        let out = try TemporaryDirectory()
        let valgrind = [
            "valgrind", "--tool=callgrind", "--instr-atstart=no", "--dump-instr=yes", "--dump-line=no",
            "--compress-strings=no", "--compress-pos=no", "--callgrind-out-file=\(out.path)/cg.%p"
        ]
        let tmux = try TmuxSession(valgrind + argv, environment: environment, width: 200, height: 50)
        _ = try tmux.waitFor("RouteWise", timeout: 120)
        for key in setup {
            try tmux.send(key)
            usleep(1_000_000)
        }
        let letters = Array("thequickbrownfoxjumpsoverthelazydog")
        for i in 0..<20 {
            try tmux.type(String(letters[i % letters.count]))
            usleep(200_000)
        }
        usleep(2_000_000)
        let pid = String(try tmux.programPID(named: process))
        let control = { (arguments: [String]) throws in _ = try Spawn.run(["callgrind_control"] + arguments + [pid]) }
        // Counting stops 150 ms after the key and the next key waits till the journal the key
        // scheduled (`JournalUpdate.delay` after it) is written: no key's count should hold a write.
        for i in 0..<12 {
            try control(["-i", "on"])
            try tmux.type(String(letters[(20 + i) % letters.count]))
            usleep(150_000)
            try control(["-i", "off"])
            usleep(UInt32((JournalUpdate.delay + 0.1) * 1_000_000))
            try control(["-d"])
        }
        var kept: [Footprint] = [], journal = 0
        for dump in 1...12 {
            guard let text = try? String(contentsOfFile: "\(out.path)/cg.\(pid).\(dump)", encoding: .utf8) else {
                continue
            }
            if text.contains("JournalStore") {
                journal += 1
            } else if let footprint = footprint(ofDump: text), footprint.instructions > 0 {
                kept.append(footprint)
            }
        }
        return (kept, journal)
    }

    /// The distinct 64-byte code lines and the instructions of a callgrind dump written with
    /// `--dump-instr=yes --dump-line=no --compress-pos=no`: every cost line starts with the
    /// address of an instruction; the line after a `calls=` line carries the call's inclusive
    /// cost, so its instructions are the callee's and are not added again.
    static func footprint(ofDump text: String) -> Footprint? {
        var lines = Set<UInt64>(), instructions = 0, afterCall = false
        for line in text.split(separator: "\n") {
            if line.hasPrefix("calls=") {
                afterCall = true
                continue
            }
            guard line.hasPrefix("0x") else { continue }
            let fields = line.split(separator: " ")
            guard let address = UInt64(fields[0].dropFirst(2), radix: 16) else { return nil }
            lines.insert(address >> 6)
            if !afterCall, fields.count > 1, let cost = Int(fields[1]) { instructions += cost }
            afterCall = false
        }
        return Footprint(lines: lines.count, instructions: instructions)
    }

    static func median(_ footprints: [Footprint]) -> Footprint? {
        guard !footprints.isEmpty else { return nil }
        let lines = footprints.map(\.lines).sorted(), instructions = footprints.map(\.instructions).sorted()
        return Footprint(lines: lines[lines.count / 2], instructions: instructions[instructions.count / 2])
    }
}
