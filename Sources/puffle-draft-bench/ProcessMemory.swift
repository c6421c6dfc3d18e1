import Foundation

/// The benchmark's own memory, for figures of what a structure holds (a roster, a long line typed
/// into): read before and after, the difference is what it added.
enum ProcessMemory {
    /// Resident memory (`/proc/self/statm`) and, counted apart, anonymous memory (`Anonymous:` of
    /// `/proc/self/smaps_rollup`: the heap and the like, no file pages), in bytes. Each reading
    /// first has the allocator give back what was freed, or memory freed by earlier parts of the
    /// run could go back to the system between two readings and make a structure seem to free it.
    static func reading() -> (resident: Int, anonymous: Int) {
        returnFreedMemory()
        let statm = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8)) ?? ""
        let pages = statm.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        let rollup = (try? String(contentsOfFile: "/proc/self/smaps_rollup", encoding: .utf8)) ?? ""
        let anonymous = rollup.split(separator: "\n").first { $0.hasPrefix("Anonymous:") } ?? ""
        return (
            pages * Int(sysconf(Int32(_SC_PAGESIZE))),
            (anonymous.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0) * 1024
        )
    }

    /// glibc's `malloc_trim(0)` (Swift's Glibc module leaves out malloc.h, so it is looked up by name).
    private static func returnFreedMemory() {
        guard let symbol = dlsym(nil, "malloc_trim") else { return }
        let trim = unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        _ = trim(0)
    }
}
