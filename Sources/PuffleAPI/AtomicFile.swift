import Foundation

/// Writes a file so that a crash leaves either the old or the new content, never half of each:
/// a temp file in the same folder, fsync, then rename over the target.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to url: URL, mode: mode_t = 0o600) throws {
        let directory = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let tempPath = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp").path
        let fd = open(tempPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
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
        if ok { ok = fsync(fd) == 0 }
        close(fd)
        guard ok, rename(tempPath, url.path) == 0 else {
            unlink(tempPath)
            throw POSIXError(POSIXErrorCode(rawValue: ok ? errno : savedErrno) ?? .EIO)
        }
    }
}
