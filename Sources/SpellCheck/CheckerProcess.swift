import Glibc

/// Why the checker cannot answer.
public enum SpellFailure: Error, Equatable, Sendable {
    /// No such program on PATH, or no dictionary for the language: tell the user what to install.
    case unavailable(String)
    /// It died, or said nothing for `CheckerProcess.patience` seconds.
    case stopped(String)

    /// What went wrong, in words for the log and the footer.
    public var reason: String {
        switch self {
        case .unavailable(let text), .stopped(let text): text
        }
    }
}

/// A checker program on two pipes: lines go in, lines come back. Blocking, so it is used from a
/// queue of its own, never from the main loop. Not thread-safe: one caller at a time.
final class CheckerProcess {
    /// How long an answer may take before the checker counts as hung.
    static let patience = 2.0

    let pid: pid_t
    private let input: Int32
    private let output: Int32
    private var buffer: [UInt8] = []
    private var stopped = false

    /// Starts `argv` (found on PATH), its stderr to /dev/null.
    init(_ argv: [String]) throws(SpellFailure) {
        var toChild: [Int32] = [0, 0], fromChild: [Int32] = [0, 0]
        guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else {
            throw .stopped("no pipe: \(String(cString: strerror(errno)))")
        }
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
        // Background work: the checker's dictionary load gives way to the editor and the terminal
        // on a small server.
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), id_t(child), 10)
        input = toChild[1]
        output = fromChild[0]
        _ = fcntl(input, F_SETFD, FD_CLOEXEC)
        _ = fcntl(output, F_SETFD, FD_CLOEXEC)
    }

    deinit { stop() }

    /// Whether `program` is an executable file in a folder of PATH.
    static func isInstalled(_ program: String) -> Bool {
        let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { access("\($0)/\(program)", X_OK) == 0 }
    }

    func stop() {
        guard !stopped else { return }
        stopped = true
        close(input)
        close(output)
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }

    func write(_ text: String) throws(SpellFailure) {
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
    func readLine() throws(SpellFailure) -> String {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return line
            }
            var descriptor = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(Self.patience * 1000))
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { throw .stopped("the checker did not answer in \(Int(Self.patience)) s") }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let n = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw .stopped("the checker quit") }
            buffer += chunk[..<n]
        }
    }
}
