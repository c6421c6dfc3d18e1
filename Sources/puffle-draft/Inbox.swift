import DraftApp
import Foundation
import Synchronization

/// Where background work leaves its results for the main loop, with a pipe to wake it: the
/// loop sleeps in poll(2) on the terminal and this pipe, so it uses no CPU while idle. Signal
/// handlers write their number to the same pipe.
final class Inbox: Sendable {
    private let pending = Mutex<[Action]>([])
    let readDescriptor: Int32
    let writeDescriptor: Int32

    init() {
        var fds: [Int32] = [0, 0]
        _ = pipe(&fds)
        for fd in fds {
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        }
        readDescriptor = fds[0]
        writeDescriptor = fds[1]
    }

    func post(_ action: Action) {
        pending.withLock { $0.append(action) }
        var byte: UInt8 = 0
        _ = write(writeDescriptor, &byte, 1)
    }

    func take() -> [Action] {
        pending.withLock { actions in
            defer { actions.removeAll() }
            return actions
        }
    }

    /// Empties the pipe; returns the signal numbers found in it (0 is a plain wake-up).
    func drainSignals() -> [Int32] {
        var signals: [Int32] = []
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { buffer in
            while true {
                let n = read(readDescriptor, buffer.baseAddress, buffer.count)
                if n <= 0 { break }
                signals += buffer[0..<n].filter { $0 != 0 }.map(Int32.init)
            }
        }
        return signals
    }
}
