import DraftCore
import Foundation
import PuffleAPI
import Synchronization

/// Diagnostics in `$XDG_STATE_HOME/puffle-draft/log`. Messages are built from errors and ids;
/// the key is also scrubbed from every line, in case a server echoes it in an error message, and
/// each line is made safe for a terminal (`tail -f` would replay a server's escape sequences).
final class Log: Sendable {
    private let descriptor: Int32
    private let secret = Mutex<String?>(nil)

    /// Never write this text (the API key) to the log.
    func redact(_ text: String) {
        secret.withLock { $0 = text.isEmpty ? nil : text }
    }

    init(url: URL) {
        try? FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        descriptor = open(url.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
    }

    func write(_ message: String) {
        guard descriptor >= 0 else { return }
        let scrubbed =
            secret.withLock { key in key.map { message.replacingOccurrences(of: $0, with: "[redacted]") } } ?? message
        let line = "\(Timestamp.string(from: Date())) [\(getpid())] \(TerminalText.safe(scrubbed))\n"
        var bytes = Array(line.utf8)
        _ = Glibc.write(descriptor, &bytes, bytes.count)
    }
}
