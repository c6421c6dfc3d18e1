import Foundation

/// Starts helper processes the way a shell would, not the way `Foundation.Process` does: an
/// empty signal mask (so SIGTERM and SIGHUP reach the child), default signal dispositions, and
/// no inherited descriptors above stderr (a daemonised tmux server would otherwise hold the
/// test's pipes open).
public enum Spawn {
    /// Starts a program with `posix_spawn` (no shell), its output to files; returns its pid.
    @discardableResult
    public static func start(
        _ argv: [String], environment: [String: String]? = nil,
        stdoutPath: String = "/dev/null", stderrPath: String = "/dev/null"
    ) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var all = sigset_t()
        sigfillset(&all)
        sigdelset(&all, SIGKILL)
        sigdelset(&all, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        markInheritedDescriptorsCloseOnExec()

        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var cArgs = argv.map { strdup($0) } + [nil]
        var cEnv = env.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) }; cEnv.forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, argv[0], &actions, &attributes, &cArgs, &cEnv)
        guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EIO) }
        return pid
    }

    /// glibc here has no `addclosefrom_np`: mark every descriptor above stderr close-on-exec instead.
    private static func markInheritedDescriptorsCloseOnExec() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") else { return }
        for name in names {
            if let fd = Int32(name), fd > 2 { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        }
    }

    /// Runs a command to the end and returns its exit status and what it printed.
    public static func run(_ argv: [String], environment: [String: String]? = nil) throws -> (
        status: Int32, stdout: String, stderr: String
    ) {
        let dir = try TemporaryDirectory()
        let out = dir.path + "/out", err = dir.path + "/err"
        let pid = try start(argv, environment: environment, stdoutPath: out, stderrPath: err)
        let status = wait(pid)
        return (
            status, (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
            (try? String(contentsOfFile: err, encoding: .utf8)) ?? ""
        )
    }

    /// The exit status, or 128 + signal for a child killed by a signal.
    public static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        if status & 0x7f == 0 { return (status >> 8) & 0xff }
        return 128 + (status & 0x7f)
    }
}

/// A folder that removes itself.
public final class TemporaryDirectory: @unchecked Sendable {
    /// The folder's path.
    public let path: String

    /// Makes a fresh folder under the system's temporary folder.
    public init() throws {
        var template = Array((NSTemporaryDirectory() + "puffle-test-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw POSIXError(.EIO) }
        path = String(cString: made)
    }

    /// The folder as a file URL.
    public var url: URL { URL(fileURLWithPath: path) }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
