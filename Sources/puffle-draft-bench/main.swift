import Foundation
import TestSupport

// puffle-draft-bench: the figures of the performance budgets (shared/design.md), each printed
// next to the baseline it is compared with in the same run. See the README's performance section.

setlocale(LC_CTYPE, "C.UTF-8")
let arguments = CommandLine.arguments
if arguments.count == 3 && arguments[1] == "--decode" { DecodeBench.decodeInChild(arguments[2]) }
if arguments.count == 2 && arguments[1] == "--echo" { EchoFloor.runInTerminal() }

/// The app binary of the same build configuration, built here when missing.
func appBinary() -> String {
    let binary = TmuxSession.binary
    if !FileManager.default.isExecutableFile(atPath: binary) {
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let configuration = binary.contains("/release/") ? "release" : "debug"
        print("building puffle-draft (\(configuration))…")
        _ = try? Spawn.run([
            "swift", "build", "-c", configuration, "--product", "puffle-draft", "--package-path", package.path
        ])
    }
    return binary
}

let started = Clock.wallSeconds()
print(
    "puffle-draft-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, "
        + (TmuxSession.binary.contains("/release/") ? "release build" : "DEBUG build: figures are not representative"))
print(
    "figure".padding(toLength: 68, withPad: " ", startingAt: 0)
        + " value            baseline                       verdict")
// PUFFLE_BENCH_ONLY= runs one part: keystroke (in-process figures), spelling, one-line, phases
// (where a typed character's time goes, by perf; PUFFLE_BENCH_BEFORE=binary adds an older build),
// footprint (typing with and without pauses, the floor and a key that changes nothing, and the code
// a keystroke runs by callgrind, against vim), editing (long word, Backspace, word moves against
// vim), sequence (the review over 10,000 leads; sequence-in-process without the terminal),
// terminal (against vim in tmux), or
// cross-check (one typing series counted from /proc and by perf).
let only = ProcessInfo.processInfo.environment["PUFFLE_BENCH_ONLY"]
if only == nil || only == "keystroke" {
    KeystrokeBench.run()
    KeystrokeBench.find()
}
if only == nil || only == "keystroke" || only == "spelling" { KeystrokeBench.spelling() }
if only == nil || only == "keystroke" || only == "one-line" { KeystrokeBench.oneLine() }
if only == nil {
    DecodeBench.run(executable: CommandLine.arguments[0])
    DecodeBench.patchSizes()
}
if only == "cross-check" {
    do { try TerminalBench.crossCheck(binary: appBinary()) } catch { print("cross-check failed: \(error)") }
}
if only == nil || only == "sequence" {
    let binary = appBinary()
    SequenceBench.run(binary: FileManager.default.isExecutableFile(atPath: binary) ? binary : nil)
}
if only == "sequence-in-process" { SequenceBench.run(binary: nil) }
if only == nil || only == "phases" {
    do { try KeystrokePhases.run(binary: appBinary()) } catch { print("keystroke phases failed: \(error)") }
}
if only == nil || only == "footprint" {
    do { try KeystrokeFootprint.run(binary: appBinary()) } catch { print("keystroke footprint failed: \(error)") }
}
if only == "editing" {
    do {
        let files = try TemporaryDirectory()
        try TerminalBench.editingKeys(
            binary: appBinary(), files: files, hasVim: EditorRun.installed("vim"), count: 200)
    } catch { print("editing keys failed: \(error)") }
}
if only == nil || only == "terminal" {
    let binary = appBinary()
    if FileManager.default.isExecutableFile(atPath: binary) {
        do { try TerminalBench.run(binary: binary) } catch { print("terminal figures failed: \(error)") }
    } else {
        print("terminal figures skipped: \(binary) could not be built")
    }
}
print(String(format: "done in %.0f s", Clock.wallSeconds() - started))
