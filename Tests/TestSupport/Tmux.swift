import Foundation

/// The real binary in a real terminal: a private tmux server (`-L` socket of its own, no user
/// config), keys sent with send-keys, the screen read with capture-pane, the bytes the program
/// wrote recorded with pipe-pane.
public final class TmuxSession: @unchecked Sendable {
    /// The private tmux server's socket, so tests never touch the user's tmux.
    public let socket: String
    /// The folder holding the socket, the exit status, stderr and the raw output.
    public let directory: TemporaryDirectory
    /// The file the program's exit status is written to when it ends.
    public var statusFile: String { directory.path + "/status" }
    /// The file the program's stderr goes to.
    public var stderrFile: String { directory.path + "/stderr" }
    /// The file holding every byte the program wrote to the terminal.
    public var rawFile: String { directory.path + "/raw" }

    /// The puffle-draft executable built next to the test bundle.
    public static var binary: String {
        let exe =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var directory = URL(fileURLWithPath: exe).deletingLastPathComponent()
        if directory.pathExtension == "xctest" { directory.deleteLastPathComponent() }
        return directory.appendingPathComponent("puffle-draft").path
    }

    /// Starts `arguments` (run through `sh -c` with `environment` exported) at the given size.
    /// Its exit status lands in `statusFile`, its stderr in `stderrFile`.
    public init(
        _ arguments: [String], environment: [String: String] = [:], width: Int = 120, height: Int = 40,
        before: String = "", after: String = ""
    ) throws {
        directory = try TemporaryDirectory()
        socket = "puffle-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let exports = environment.sorted { $0.key < $1.key }.map { "export \($0.key)=\(Self.quote($0.value));" }.joined(
            separator: " ")
        let command = arguments.map(Self.quote).joined(separator: " ")
        // `swift test` exports NO_COLOR to its children; the program under test must not inherit it.
        let script =
            "unset NO_COLOR; \(exports) export TERM=tmux-256color; \(before) \(command) 2>\(Self.quote(stderrFile)); echo $? > \(Self.quote(statusFile)); \(after) sleep 600"
        try tmux(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", "main", "sh", "-c", script])
        try tmux(["pipe-pane", "-o", "-t", "main", "cat >> \(Self.quote(rawFile))"])
    }

    deinit {
        _ = try? Spawn.run(["tmux", "-L", socket, "kill-server"])
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Runs a tmux command on the private server and returns its output.
    @discardableResult
    public func tmux(_ arguments: [String]) throws -> String {
        let result = try Spawn.run(["tmux", "-L", socket, "-f", "/dev/null"] + arguments)
        guard result.status == 0 else {
            throw TmuxError(message: "tmux \(arguments.joined(separator: " ")): \(result.stderr)")
        }
        return result.stdout
    }

    /// tmux key names: "Tab", "C-s", "M-3", "Enter", "F1".
    public func send(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", "main", key]) }
    }

    /// Types text as it is, with no key names looked up.
    public func type(_ text: String) throws { try tmux(["send-keys", "-t", "main", "-l", text]) }

    /// The screen as text, as a user would read it.
    public func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "main"]) }
    /// The screen with its attributes as escape sequences (`capture-pane -e`).
    public func styledScreen() throws -> String { try tmux(["capture-pane", "-p", "-e", "-t", "main"]) }

    /// Whether `text` is drawn underlined: an underline (SGR 4) among the attributes set just
    /// before it.
    public static func isUnderlined(_ text: String, in styled: String) -> Bool {
        let escaped = NSRegularExpression.escapedPattern(for: text)
        let underline = "\u{1b}\\[(?:[0-9;]*;)?4(?:;[0-9;]*)?m(?:\u{1b}\\[[0-9;]*m)*"
        return styled.range(of: underline + escaped, options: .regularExpression) != nil
    }

    /// Resizes the window, as a user dragging the terminal would.
    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The program's exit status once it has ended.
    public var exitStatus: Int32? {
        (try? String(contentsOfFile: statusFile, encoding: .utf8)).flatMap {
            Int32($0.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    /// The program's process id (a child of the pane's shell).
    public func programPID(named name: String = "puffle-draft") throws -> pid_t {
        let shell = try tmux(["display-message", "-p", "-t", "main", "#{pane_pid}"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
        let children = try Spawn.run(["pgrep", "-P", shell]).stdout.split(separator: "\n").compactMap { pid_t($0) }
        guard
            let pid = children.first(where: {
                (try? String(contentsOfFile: "/proc/\($0)/cmdline", encoding: .utf8))?.contains(name) ?? false
            })
        else { throw TmuxError(message: "the program is not running") }
        return pid
    }

    /// Pastes text the way a terminal does, between bracketed-paste markers.
    public func paste(_ text: String) throws {
        let file = directory.path + "/paste"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        try tmux(["load-buffer", "-b", "p", file])
        try tmux(["paste-buffer", "-p", "-d", "-b", "p", "-t", "main"])
    }

    /// What the program wrote to stderr so far.
    public var stderr: String { (try? String(contentsOfFile: stderrFile, encoding: .utf8)) ?? "" }
    /// Everything the program wrote to the terminal, as text.
    public var rawText: String { String(decoding: rawBytes, as: UTF8.self) }
    /// Every byte the program wrote to the terminal so far.
    public var rawBytes: [UInt8] { [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: rawFile))) ?? Data()) }

    /// Polls until every string is on screen (a capture may catch a half-painted frame).
    @discardableResult
    public func waitFor(_ texts: [String], timeout: Double = 10) throws -> String {
        try waitUntil("\(texts)", timeout: timeout) { screen in texts.allSatisfy(screen.contains) }
    }

    /// Waits until the screen shows the text, and returns the screen; throws after `timeout` seconds.
    @discardableResult
    public func waitFor(_ text: String, timeout: Double = 10) throws -> String { try waitFor([text], timeout: timeout) }

    /// Polls until the text is gone from the screen.
    @discardableResult
    public func waitUntilGone(_ text: String, timeout: Double = 10) throws -> String {
        try waitUntil("\(text) to leave the screen", timeout: timeout) { !$0.contains(text) }
    }

    /// Polls until the screen satisfies `settled`: after a burst of resizes the terminal may
    /// still show a frame painted for an earlier size until the program catches up.
    @discardableResult
    public func waitUntil(_ what: String, timeout: Double = 10, _ settled: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if settled(last) { return last }
            usleep(50_000)
        }
        throw TmuxError(message: "timed out waiting for \(what); screen:\n\(last)")
    }

    /// Waits for the program to end and returns its exit status.
    public func waitForExit(timeout: Double = 10) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let status = exitStatus { return status }
            usleep(50_000)
        }
        throw TmuxError(message: "the program did not exit; screen:\n\((try? screen()) ?? "")")
    }
}

/// A tmux command that failed, or a screen that never showed what was waited for.
public struct TmuxError: Error, CustomStringConvertible {
    /// What happened, with the last screen when waiting timed out.
    public let message: String
    /// An error with its message.
    public init(message: String) { self.message = message }
    /// The message, as XCTest prints it.
    public var description: String { message }
}
