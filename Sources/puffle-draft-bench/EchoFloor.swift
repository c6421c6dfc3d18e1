import Foundation
import TestSupport

/// The floor under every keystroke figure: a program that does nothing with a key but show it
/// (`puffle-draft-bench --echo`: raw mode, then per key one poll, one read and one write of a
/// cursor move and the character). What it costs per key is what the kernel, the terminal's pipe
/// and being woken cost any editor on this machine; the rest of a keystroke's figure is the
/// editor's own work. Measured in tmux like the editors, typed at the same pace.
enum EchoFloor {
    /// The text the echo shows once it reads keys (the runs wait for it).
    static let ready = "RouteWise echo"

    /// Runs the echo on the terminal until Ctrl-Q; never returns.
    static func runInTerminal() -> Never {
        var saved = termios()
        tcgetattr(0, &saved)
        var raw = saved
        cfmakeraw(&raw)
        tcsetattr(0, TCSANOW, &raw)
        write(Array("\u{1B}[2J\u{1B}[H\(ready)\r\n".utf8))
        var buffer = [UInt8](repeating: 0, count: 64)
        // Written in place: allocating per key would put the echo's own cost into the floor.
        var out: [UInt8] = [0x1B, 0x5B, 0x33, 0x3B, 0, 0, 0, 0, 0]  // ESC [ 3 ; then the column
        var column = 0
        while true {
            var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
            _ = poll(&descriptor, 1, -1)
            let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            guard count > 0, buffer[0] != 0x11 else { break }
            column = column % 150 + 1
            var length = 4
            if column >= 100 {
                out[length] = UInt8(0x30 + column / 100)
                length += 1
            }
            if column >= 10 {
                out[length] = UInt8(0x30 + column / 10 % 10)
                length += 1
            }
            out[length] = UInt8(0x30 + column % 10)
            out[length + 1] = 0x48  // H, then the key's first byte
            out[length + 2] = buffer[0]
            length += 3
            _ = out.withUnsafeBytes { Glibc.write(1, $0.baseAddress, length) }
        }
        tcsetattr(0, TCSANOW, &saved)
        exit(0)
    }

    private static func write(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { Glibc.write(1, $0.baseAddress, $0.count) }
    }

    /// The echo as an editor under measurement.
    static func run(_ bench: String, in home: TemporaryDirectory) -> EditorRun {
        EditorRun(
            name: "echo", argv: [bench, "--echo"], environment: TerminalBench.environment(home), ready: ready,
            process: "puffle-draft-bench")
    }
}
