import Glibc

/// Why the checker cannot answer.
public enum SpellFailure: Error, Equatable, Sendable {
    /// No such program on PATH, or no dictionary for the language: tell the user what to install.
    case unavailable(String)
    /// It died, or said nothing for `SpellPipe.patience` seconds.
    case stopped(String)
}

/// A running `hunspell -a`: words go in one a line, answers come back. Blocking, so it is used
/// from a queue of its own, never from the main loop. Not thread-safe: one caller at a time.
public final class SpellPipe {
    /// How long an answer may take before the checker counts as hung.
    public static let patience = 2.0

    private let pid: pid_t
    private let input: Int32
    private let output: Int32
    private var buffer: [UInt8] = []
    private var stopped = false

    /// Starts `argv` (found on PATH) and reads its banner, so a missing dictionary shows at once.
    public init(_ argv: [String]) throws(SpellFailure) {
        var toChild: [Int32] = [0, 0], fromChild: [Int32] = [0, 0]
        guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else { throw .stopped("no pipe: \(String(cString: strerror(errno)))") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        for fd in toChild + fromChild { posix_spawn_file_actions_addclose(&actions, fd) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        var child: pid_t = 0
        let rc = posix_spawnp(&child, argv[0], &actions, &attributes, &cArgs, environ)
        close(toChild[0])
        close(fromChild[1])
        guard rc == 0 else {
            close(toChild[1])
            close(fromChild[0])
            throw .unavailable("\(argv[0]) is not installed")
        }
        pid = child
        // Background work: the checker's dictionary load and its suggestions (a third of a second
        // for a screen of names) give way to the editor and the terminal on a small server.
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), id_t(child), 10)
        input = toChild[1]
        output = fromChild[0]
        _ = fcntl(input, F_SETFD, FD_CLOEXEC)
        _ = fcntl(output, F_SETFD, FD_CLOEXEC)
        guard let banner = try? readLine(), banner.hasPrefix("@(#)") else {
            stop()
            throw .unavailable("\(argv[0]) started without a dictionary for \(argv.last ?? "the language")")
        }
    }

    deinit { stop() }

    /// The pid, so a test can kill the checker the way a crash would.
    public var processID: pid_t { pid }

    /// Each word's answers, in the order given; a word the checker split yields several.
    public func check(_ words: [String]) throws(SpellFailure) -> [[SpellAnswer]] {
        guard !words.isEmpty else { return [] }
        try write(words.map(SpellAnswer.escaped).joined(separator: "\n") + "\n")
        // Each word's answers end with a blank line: read until there is one per word.
        var output = ""
        var ended = 0
        while ended < words.count {
            let line = try readLine()
            if line.isEmpty { ended += 1 }
            output += line + "\n"
        }
        return SpellAnswer.replies(output[...])
    }

    /// Accepts a word for the rest of the run (`@word`): the user's own words.
    public func accept(_ word: String) throws(SpellFailure) {
        let clean = String(word.unicodeScalars.filter { $0.properties.generalCategory != .control && $0 != " " })
        guard !clean.isEmpty else { return }
        try write("@\(clean)\n")
    }

    public func stop() {
        guard !stopped else { return }
        stopped = true
        close(input)
        close(output)
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }

    private func write(_ text: String) throws(SpellFailure) {
        var bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.write(input, $0.baseAddress! + sent, $0.count - sent) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw .stopped("the checker stopped reading") }
            sent += n
        }
    }

    /// One line of output, waiting at most `patience` seconds for it.
    private func readLine() throws(SpellFailure) -> String {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return line
            }
            var descriptor = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(SpellPipe.patience * 1000))
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { throw .stopped("the checker did not answer in \(Int(SpellPipe.patience)) s") }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let n = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw .stopped("the checker quit") }
            buffer += chunk[..<n]
        }
    }
}
