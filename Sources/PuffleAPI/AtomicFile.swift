import Foundation

/// Writes a file so that a crash leaves either the old or the new content, never half of each:
/// a temp file in the same folder, then a rename over the target. The folder is made the first
/// time (mode 0700) and remembered, since the recovery journal writes every half second of typing.
public final class AtomicFile: @unchecked Sendable {
    private let lock = NSLock()
    private var madeFolders: Set<String> = []

    /// The writer the program uses; tests make their own to inject faults.
    public static let shared = AtomicFile()

    /// No fsync: what is written guards against the process or the connection dying (the
    /// recovery journal, the demo workspace), which the page cache outlives; the journal is
    /// written from the main loop, which an fsync would stall for as long as the disk takes.
    public func write(_ bytes: [UInt8], to url: URL, mode: mode_t = 0o600) throws {
        let directory = url.deletingLastPathComponent()
        try makeFolder(directory)
        let tempPath = directory.appendingPathComponent(
            ".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        ).path
        var fd = open(tempPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        if fd < 0 && errno == ENOENT {  // the folder went away since it was made (a deleted workspace)
            lock.withLock { _ = madeFolders.remove(directory.path) }
            try makeFolder(directory)
            fd = open(tempPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        }
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        var ok = true
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; ok = false; return }
                offset += n
            }
        }
        let savedErrno = errno
        close(fd)
        guard ok, rename(tempPath, url.path) == 0 else {
            unlink(tempPath)
            throw POSIXError(POSIXErrorCode(rawValue: ok ? errno : savedErrno) ?? .EIO)
        }
    }

    private func makeFolder(_ directory: URL) throws {
        let path = directory.path
        if lock.withLock({ madeFolders.contains(path) }) { return }
        try FileManager.default.createDirectory(
            at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        lock.withLock { _ = madeFolders.insert(path) }
    }
}
