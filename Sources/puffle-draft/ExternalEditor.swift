import DraftApp
import DraftCore
import Foundation

/// Runs the user's editor on a temp file holding the field's text, in the foreground on the
/// terminal, and reads the result back.
enum ExternalEditor {
    /// The editor Ctrl-E runs: `$VISUAL`, `$EDITOR`, the config's `editor`, then Debian's
    /// `sensible-editor` and `editor`, then `nano`, and `vi` last: a copywriter without an
    /// `$EDITOR` gets something they can use before something they may not know how to leave.
    static func command(environment: [String: String], configured: String?) -> String {
        for candidate in [environment["VISUAL"], environment["EDITOR"], configured] {
            if let candidate, !candidate.trimmingCharacters(in: .whitespaces).isEmpty { return candidate }
        }
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return ["sensible-editor", "editor", "nano"].first { isInstalled($0, path: path) } ?? "vi"
    }

    /// What the footer calls the editor, and how to leave it when that is not obvious: vi's
    /// `:wq` is the one a newcomer gets stuck in.
    static func description(of command: String, path: String) -> ExternalEditorName {
        let program = command.split(separator: " ").first.map(String.init) ?? command
        var name = (program as NSString).lastPathComponent
        // Debian's `editor` is an alternative: name what it points to.
        if name == "editor", locate(program, path: path) != nil,
            let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/etc/alternatives/editor")
        {
            name = (target as NSString).lastPathComponent
        }
        let vi = ["vi", "vim", "nvim", "vim.basic", "vim.tiny", "view", "elvis", "nvi"].contains(name)
        return ExternalEditorName(
            name: name,
            howToLeave: vi
                ? "press Esc, type :wq and Enter to save and come back (:q! drops the changes)"
                : "save and quit it to come back (in vi: Esc, :wq, Enter)")
    }

    private static func isInstalled(_ program: String, path: String) -> Bool { locate(program, path: path) != nil }

    private static func locate(_ program: String, path: String) -> String? {
        if program.contains("/") { return access(program, X_OK) == 0 ? program : nil }
        return path.split(separator: ":").map { "\($0)/\(program)" }.first { access($0, X_OK) == 0 }
    }

    static func edit(_ text: String, command: String, pane: Pane) -> Result<String, ExternalEditFailure> {
        var template = Array((NSTemporaryDirectory() + "puffle-draft-\(pane.name.lowercased())-XXXXXX.txt").utf8CString)
        let fd = mkstemps(&template, 4)
        guard fd >= 0 else { return .failure(ExternalEditFailure("cannot create a temp file for the editor")) }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(path) }
        // The editor gets what the clipboard would: no control that could act on the terminal.
        let bytes = Array(TerminalText.forPaste(text).utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count else {
            return .failure(ExternalEditFailure("cannot write the temp file for the editor"))
        }

        // The command may carry arguments ("code -w"), so a shell runs it with the file as $1.
        let status: Int32
        do { status = try run(["/bin/sh", "-c", "\(command) \"$1\"", "sh", path]) } catch {
            return .failure(ExternalEditFailure("cannot start the editor `\(command)`"))
        }
        switch status {
        case 0: break
        case 127: return .failure(ExternalEditFailure("the editor `\(command)` was not found (set VISUAL or EDITOR)"))
        default: return .failure(ExternalEditFailure("the editor `\(command)` failed (exit status \(status))"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(ExternalEditFailure("the editor removed the file"))
        }
        guard let result = String(data: data, encoding: .utf8) else {
            return .failure(ExternalEditFailure("the edited text is not UTF-8"))
        }
        return .success(result)
    }

    /// posix_spawn with the signals the editor expects at their defaults, then wait for it.
    private static func run(_ argv: [String]) throws -> Int32 {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, argv[0], nil, &attributes, &cArgs, environ)
        guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}
