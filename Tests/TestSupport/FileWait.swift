import Foundation

/// Files written just after something a test waited for (the shell's `stty -g` once the program
/// has exited, a journal removed after a save): polled for, so a loaded machine makes the test
/// slower, not wrong.
public enum FileWait {
    /// The file's text once it exists and ends with a line break.
    public static func contents(of path: String, timeout: Double = 5) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let text = try? String(contentsOfFile: path, encoding: .utf8), text.hasSuffix("\n") { return text }
            guard Date() < deadline else { throw TmuxError(message: "\(path) was not written within \(timeout) s") }
            usleep(50_000)
        }
    }

    /// Waits until the file holds `text` (a journal the program writes as the user types);
    /// throws once the timeout passes.
    public static func text(_ text: String, in path: String, timeout: Double = 5) throws {
        try until(timeout: timeout) { (try? String(contentsOfFile: path, encoding: .utf8))?.contains(text) == true }
    }

    /// Whether the file is gone within the timeout.
    public static func isRemoved(_ path: String, timeout: Double = 5) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while FileManager.default.fileExists(atPath: path) {
            guard Date() < deadline else { return false }
            usleep(50_000)
        }
        return true
    }

    /// Waits for a condition that something outside the test makes true (a process stopping, a
    /// terminal's mode changing); throws once the timeout passes.
    public static func until(timeout: Double = 5, _ condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition() {
            guard Date() < deadline else { throw TmuxError(message: "the condition did not hold within \(timeout) s") }
            usleep(20_000)
        }
    }
}
