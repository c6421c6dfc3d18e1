import CNcursesw
import CSignals
import DraftCore
import Glibc

/// Why the terminal could not be started.
public struct TerminalError: Error, CustomStringConvertible {
    /// What failed, in words for the user's stderr.
    public let description: String
}

/// The terminal backend: the only code that knows terminals. It takes the terminal's strings
/// from terminfo (through ncursesw), puts the tty in raw mode, writes each frame as the bytes that
/// change what is on screen (`ScreenWriter`), and decodes what the terminal sends into key
/// presses, pastes and mouse reports (`InputDecoder`).
///
/// It draws and reads by itself rather than through curses' refresh and getch: measured per
/// keystroke, curses' screen update (its line hashing in particular) cost more than the rest of
/// the program, and its input reading made several system calls a key.
@MainActor
public final class Terminal {
    /// The theme as it is drawn: without colour when colour is off or the terminal has none.
    public let look: Theme
    /// The descriptor the run loop polls for key presses.
    public let inputDescriptor: Int32 = 0
    /// The screen's size in cells, as last read from the terminal (after a SIGWINCH).
    public private(set) var size: (width: Int, height: Int) = (80, 24)

    private var decoder: InputDecoder
    private var writer: ScreenWriter
    private var previous: Surface?
    private let enter: [UInt8]
    private let leave: [UInt8]
    private let escapeDelay: Double
    private var pendingSince: Double?
    private var readBuffer = [UInt8](repeating: 0, count: 65_536)
    private var stopped = false

    /// Starts the terminal. `TERM` values terminfo does not know fall back to xterm-256color
    /// (kitty or ghostty over SSH); `wakeDescriptor` receives signal numbers.
    public init(theme: Theme, color: Bool, mouse: Bool, wakeDescriptor: Int32) throws {
        guard isatty(0) == 1, isatty(1) == 1 else {
            throw TerminalError(description: "standard input and output must be a terminal")
        }
        ps_save_terminal(1)
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        let known = (!term.isEmpty && pd_setupterm(term, 1) == 1) || pd_setupterm("xterm-256color", 1) == 1
        func capability(_ name: String) -> [UInt8]? {
            guard known, let value = pd_string_capability(name) else { return nil }
            return Array(String(cString: value).utf8)
        }
        let colors = known ? Int(pd_number_capability("colors")) : 8
        let drawsColor = color && colors >= 8
        look = drawsColor ? theme : theme.withoutColor
        let palette = Palette(theme: look, colors: drawsColor ? colors : 0)
        // Writing the bottom-right cell scrolls a terminal that wraps at once (no `xenl`).
        let scrollsAtBottomRight = known && pd_flag_capability("am") == 1 && pd_flag_capability("xenl") == 0
        writer = ScreenWriter(
            palette: palette, asciiOnly: !DisplayWidth.localeIsUTF8, writesBottomRight: !scrollsAtBottomRight,
            normalIsPlain: look.style(.normal) == Style())
        decoder = InputDecoder(
            terminfoKeys: Terminal.terminfoKeys.compactMap { name, key in capability(name).map { ($0, key) } },
            controlHIsBackspace: capability("kbs") == [0x08])
        escapeDelay = Double(getenv("ESCDELAY").flatMap { Int(String(cString: $0)) } ?? 25) / 1000
        let mouseOn = mouse ? "\u{1B}[?1000h\u{1B}[?1002h\u{1B}[?1006h" : ""
        let mouseOff = mouse ? "\u{1B}[?1006l\u{1B}[?1002l\u{1B}[?1000l" : ""
        enter =
            (capability("smcup") ?? Array("\u{1B}[?1049h".utf8)) + (capability("smkx") ?? [])
            + Array("\u{1B}[?2004h\(mouseOn)".utf8)
        leave =
            Array("\(mouseOff)\u{1B}[?2004l".utf8) + (capability("rmkx") ?? []) + Array("\u{1B}[0m\u{1B}[?25h".utf8)
            + (capability("rmcup") ?? Array("\u{1B}[?1049l".utf8))
        // What a crash handler, and the guardian after a kill -9, write before restoring the tty mode.
        ps_set_reset_sequence(String(decoding: leave, as: UTF8.self))
        enterRawMode()
        writeAll(enter)
        ps_install_handlers(wakeDescriptor)
        ps_start_guardian()
        _ = refreshSize()
    }

    /// The keys terminfo may spell differently from the xterm forms the decoder knows.
    private static let terminfoKeys: [(String, Key)] =
        [
            ("kcuu1", .up), ("kcud1", .down), ("kcub1", .left), ("kcuf1", .right), ("khome", .home), ("kend", .end),
            ("kpp", .pageUp), ("knp", .pageDown), ("kdch1", .delete), ("kich1", .insert), ("kcbt", .backTab),
            ("kLFT5", .controlLeft), ("kRIT5", .controlRight), ("kHOM5", .controlHome), ("kEND5", .controlEnd),
            ("kDC5", .special(.delete, .control)), ("kLFT", Key.left.shifted), ("kRIT", Key.right.shifted),
            ("kHOM", Key.home.shifted), ("kEND", Key.end.shifted), ("kPRV", Key.pageUp.shifted),
            ("kNXT", Key.pageDown.shifted),
            ("kLFT6", .special(.left, [.control, .shift])), ("kRIT6", .special(.right, [.control, .shift]))
        ] + (1...12).map { ("kf\($0)", Key.function($0)) } + (1...12).map { ("kf\($0 + 12)", Key.function($0).shifted) }

    private func enterRawMode() {
        var mode = termios()
        guard tcgetattr(1, &mode) == 0 else { return }
        cfmakeraw(&mode)
        tcsetattr(1, TCSANOW, &mode)
    }

    private func writeAll(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(1, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; return }
                offset += n
            }
        }
    }

    /// Re-reads the size from the kernel (after SIGWINCH, or after an external editor ran).
    public func refreshSize() -> (width: Int, height: Int) {
        var ws = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_row > 0, ws.ws_col > 0 {
            let fresh = (Int(ws.ws_col), Int(ws.ws_row))
            if fresh != size { previous = nil }
            size = fresh
        }
        return size
    }

    /// Forget what is on screen: the next frame redraws every cell (Ctrl-L).
    public func invalidate() {
        previous = nil
        writer.invalidate()
    }

    /// Writes only the cells that differ from the last frame, then places the cursor.
    public func draw(_ surface: Surface) {
        var out: [UInt8] = []
        out.reserveCapacity(512)
        writer.frame(surface, previous: previous, into: &out)
        writeAll(out)
        previous = surface
    }

    // MARK: Input

    /// Every event waiting now, without blocking. A sequence cut across reads (a paste, an
    /// escape sequence) is held until the rest arrives.
    public func readEvents() -> [InputEvent] {
        var events: [InputEvent] = []
        while true {
            let n = readBuffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            guard n > 0 else { break }
            events += decoder.feed(Array(readBuffer[0..<n]), now: Terminal.now())
            // A full buffer may have more behind it; read again only if so, never to block.
            var more = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
            guard n == readBuffer.count, poll(&more, 1, 0) > 0 else { break }
        }
        pendingSince = decoder.waitsForMore ? (pendingSince ?? Terminal.now()) : nil
        return events
    }

    /// When input that may begin a sequence (a lone Esc) has waited long enough to be taken
    /// as it is: the run loop wakes then and calls `expirePendingInput`.
    public var inputDeadline: Double? { pendingSince.map { $0 + escapeDelay } }

    /// Gives up waiting for the rest of an escape sequence: a lone Esc is the Esc key.
    public func expirePendingInput() -> [InputEvent] {
        pendingSince = nil
        return decoder.timeout(now: Terminal.now())
    }

    /// Monotonic seconds, the clock of `inputDeadline`.
    public static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Sets the terminal's clipboard with OSC 52 (`ESC ] 52 ; c ; base64 BEL`). Over SSH that is
    /// the clipboard of the machine the user sits at; tmux passes it on with `set-clipboard on`.
    /// Controls are taken out first (`TerminalText.forPaste`): the clipboard's next stop may be a shell.
    public func setClipboard(_ text: String) {
        writeAll(Array("\u{1B}]52;c;".utf8) + Base64.encode(Array(TerminalText.forPaste(text).utf8)) + [0x07])
    }

    // MARK: Handing over

    /// Hands the terminal to another program ($EDITOR): the shell's mode, the normal screen,
    /// no mouse reporting; `notice`, made safe, on a line of the shell's screen (an editor that
    /// keeps that screen shows it all along).
    public func suspend(notice: String? = nil) {
        writeAll(leave)
        ps_restore_terminal()
        if let notice { writeAll(Array((TerminalText.safe(notice) + "\r\n").utf8)) }
    }

    /// Takes the terminal back after `suspend`, at whatever size it has now, and redraws it all.
    public func resume() {
        enterRawMode()
        writeAll(enter)
        _ = refreshSize()
        invalidate()
    }

    /// Puts the terminal back as it was found. Safe to call twice.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        writeAll(leave)
        ps_restore_terminal()
        ps_stop_guardian()
    }
}
