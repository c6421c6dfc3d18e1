import Dispatch
import Synchronization
import TestSupport
import XCTest

/// Runs a fuzz test's independent runs on every core: each run has a generator of its own,
/// seeded from the test's seed and the run's number, so a failure names the one run to replay
/// whatever ran beside it. Failures are gathered and reported by the test's own thread.
/// PUFFLE_FUZZ_RUN=N replays run N alone (with the same PUFFLE_FUZZ_SEED and PUFFLE_FUZZ_ITERATIONS).
enum FuzzRunner {
    /// Runs `run` for each of `count` runs, on all cores, and fails the test with every message
    /// the runs returned (the first few, and how many in all).
    static func run(
        _ count: Int, seed: UInt64, file: StaticString = #filePath, line: UInt = #line,
        _ run: @Sendable (_ index: Int, _ random: inout SeededGenerator) -> [String]
    ) {
        let failures = Mutex<[String]>([])
        let lanes = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let only = ProcessInfo.processInfo.environment["PUFFLE_FUZZ_RUN"].flatMap(Int.init)
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            for index in stride(from: lane, to: count, by: lanes) where only == nil || only == index {
                var random = SeededGenerator(seed: seed &+ UInt64(index) &* 0x9E37_79B9)
                let found = run(index, &random)
                if !found.isEmpty { failures.withLock { $0 += found } }
            }
        }
        let all = failures.withLock { $0 }
        for message in all.prefix(5) { XCTFail(message, file: file, line: line) }
        if all.count > 5 { XCTFail("and \(all.count - 5) more failures", file: file, line: line) }
    }
}
