import Foundation

/// Writes a file so that a crash leaves either the old or the new content, never half of each:
/// a temp file in the same folder, then a rename over the target. The folder is made the first
/// time (mode 0700) and remembered, since the recovery journal writes every second of typing.
public final class AtomicFile: @unchecked Sendable {
    private let lock = NSLock()
    private var madeFolders: Set<String> = []

    /// The writer the program uses; tests make their own to inject faults.
    public static let shared = AtomicFile()

    /// No fsync: what is written guards against the process or the connection dying (the
    /// recovery journal, the demo workspace), which the page cache outlives; the journal is
    /// written from the main loop, which an fsync would stall for as long as the disk takes.
    /// The path is text, not a URL: every second of typing writes a journal, and splitting and
    /// joining a URL cost more than the rest of the write.
    public func write(_ bytes: [UInt8], toPath path: String, mode: mode_t = 0o600) throws {
        let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))  // not by Character: ten times the work
        let directory = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        try makeFolder(directory)
        let tempPath = "\(directory)/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        var fd = open(tempPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        if fd < 0 && errno == ENOENT {  // the folder went away since it was made (a deleted workspace)
            lock.withLock { _ = madeFolders.remove(directory) }
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
        guard ok, rename(tempPath, path) == 0 else {
            unlink(tempPath)
            throw POSIXError(POSIXErrorCode(rawValue: ok ? errno : savedErrno) ?? .EIO)
        }
    }

    private func makeFolder(_ path: String) throws {
        if lock.withLock({ madeFolders.contains(path) }) { return }
        try FileManager.default.createDirectory(
            atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        lock.withLock { _ = madeFolders.insert(path) }
    }
}
