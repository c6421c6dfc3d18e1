import Foundation
import Synchronization

/// Diagnostics in `$XDG_STATE_HOME/puffle-draft/log`. Callers never pass the API key; messages
/// are built from errors and ids only.
final class Log: Sendable {
    private let descriptor: Int32

    init(url: URL) {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        descriptor = open(url.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
    }

    func write(_ message: String) {
        guard descriptor >= 0 else { return }
        let formatter = ISO8601DateFormatter()
        let line = "\(formatter.string(from: Date())) [\(getpid())] \(message)\n"
        var bytes = Array(line.utf8)
        _ = Glibc.write(descriptor, &bytes, bytes.count)
    }
}
