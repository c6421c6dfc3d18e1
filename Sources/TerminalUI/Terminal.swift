import CNcursesw
import CSignals
import DraftCore
import Glibc

/// Why the terminal could not be started.
public struct TerminalError: Error, CustomStringConvertible {
    public let description: String
}

/// The ncursesw backend: the only code that knows curses. It copies a `Surface` to the screen
/// (only the cells that changed, one `doupdate` per frame) and turns curses input into
/// `InputEvent`s. Curses is not thread-safe, so everything here stays on the main actor.
@MainActor
public final class Terminal {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let input: UnsafeMutablePointer<WINDOW>
    private let palette: Palette
    private let keys: KeyDecoder
    private var previous: Surface?
    private var cursorVisible: Int32 = -1
    private var stopped = false

    /// The theme as it is drawn: without colour when colour is off or the terminal has none.
    public let look: Theme
    /// The descriptor the run loop polls for key presses.
    public let inputDescriptor: Int32 = 0

    /// Starts curses on the terminal. `TERM` values ncurses does not know fall back to
    /// xterm-256color (kitty or ghostty over SSH); `wakeDescriptor` receives signal numbers.
    public init(theme: Theme, color: Bool, wakeDescriptor: Int32) throws {
        guard isatty(0) == 1, isatty(1) == 1 else {
            throw TerminalError(description: "standard input and output must be a terminal")
        }
        ps_save_terminal(1)
        if getenv("ESCDELAY") == nil { set_escdelay(25) }
        let out = fdopen(1, "w"), inp = fdopen(0, "r")
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        var made: OpaquePointer? = term.isEmpty ? nil : newterm(term, out, inp)
        if made == nil { made = newterm("xterm-256color", out, inp) }
        guard let made else { throw TerminalError(description: "cannot start the terminal (TERM=\(term))") }
        screen = made
        set_term(made)
        raw()
        noecho()
        nonl()
        let rows = Int32(pd_lines()), cols = Int32(pd_cols())
        guard let window = newwin(rows, cols, 0, 0), let input = newwin(1, 1, 0, 0) else {
            endwin()
            throw TerminalError(description: "cannot create the screen windows")
        }
        self.window = window
        self.input = input
        keypad(input, true)
        nodelay(input, true)
        leaveok(window, false)
        let drawsColor = color && has_colors()
        look = drawsColor ? theme : theme.withoutColor
        palette = Palette(theme: look, color: drawsColor)
        keys = KeyDecoder()
        ps_set_reset_sequence(Terminal.resetSequence())
        ps_install_handlers(wakeDescriptor)
        ps_start_guardian()
        Terminal.writeRaw("\u{1B}[?2004h") // bracketed paste on
    }

    /// What a crash handler writes before restoring the saved mode.
    private static func resetSequence() -> String {
        var sequence = "\u{1B}[?2004l\u{1B}[0m\u{1B}[?25h"
        if let rmcup = tigetstr("rmcup"), Int(bitPattern: rmcup) != -1, Int(bitPattern: rmcup) != 0 {
            sequence += String(cString: rmcup)
        }
        return sequence
    }

    private static func writeRaw(_ text: String) {
        var bytes = Array(text.utf8)
        _ = write(1, &bytes, bytes.count)
    }

    public var size: (width: Int, height: Int) {
        (Int(pd_getmaxx(window)), Int(pd_getmaxy(window)))
    }

    /// Re-reads the size from the kernel (after SIGWINCH, or after an external editor ran).
    public func refreshSize() -> (width: Int, height: Int) {
        var ws = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_row > 0, ws.ws_col > 0,
           Int32(ws.ws_row) != pd_lines() || Int32(ws.ws_col) != pd_cols() {
            resizeterm(Int32(ws.ws_row), Int32(ws.ws_col))
        }
        return fitWindowToScreen()
    }

    /// After curses has resized the screen (resizeterm, or a KEY_RESIZE of its own).
    private func fitWindowToScreen() -> (width: Int, height: Int) {
        if pd_lines() != pd_getmaxy(window) || pd_cols() != pd_getmaxx(window) {
            wresize(window, pd_lines(), pd_cols())
            previous = nil
        }
        return size
    }

    /// Forget what is on screen: the next frame redraws every cell (Ctrl-L).
    public func invalidate() {
        previous = nil
        clearok(window, true)
    }

    public func draw(_ surface: Surface) {
        let previous = self.previous.flatMap { $0.width == surface.width && $0.height == surface.height ? $0 : nil }
        if previous == nil { werase(window) }
        var cell = cchar_t()
        for y in 0..<surface.height {
            // Only the rows that changed are looked at cell by cell; curses then sends what differs.
            if let previous, surface.rowEquals(y, previous) { continue }
            var x = 0
            while x < surface.width {
                let current = surface[x, y]
                defer { x += max(1, Int(current.width)) }
                if current.width == 0 { continue }
                if let previous, surface.cellEquals(x, y, previous),
                   current.width < 2 || x + 1 >= surface.width || surface.cellEquals(x + 1, y, previous) { continue }
                palette.cell(current, in: surface, into: &cell)
                mvwadd_wch(window, Int32(y), Int32(x), &cell)
            }
        }
        if let cursor = surface.cursor, cursor.x < surface.width, cursor.y < surface.height {
            setCursor(visible: 1)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            setCursor(visible: 0)
        }
        wnoutrefresh(window)
        doupdate()
        self.previous = surface
    }

    private func setCursor(visible: Int32) {
        guard visible != cursorVisible else { return }
        curs_set(visible)
        cursorVisible = visible
    }

    /// Every event waiting now, without blocking. A paste split across reads is held until its end.
    public func readEvents() -> [InputEvent] {
        var events: [InputEvent] = []
        var character: wint_t = 0
        while true {
            let result = wget_wch(input, &character)
            if result == pd_err() { break }
            if result == pd_key_code_yes() && Int32(character) == KEY_RESIZE {
                let size = fitWindowToScreen()
                events.append(.resize(width: size.width, height: size.height))
                continue
            }
            if let event = keys.decode(result == pd_key_code_yes(), Int32(bitPattern: character), next: { self.nextCharacter() }) {
                events.append(event)
            }
        }
        return events
    }

    private func nextCharacter() -> (isKeyCode: Bool, code: Int32)? {
        var character: wint_t = 0
        let result = wget_wch(input, &character)
        if result == pd_err() { return nil }
        return (result == pd_key_code_yes(), Int32(bitPattern: character))
    }

    /// Hands the terminal to another program ($EDITOR): the shell's mode, the normal screen.
    public func suspend() {
        Terminal.writeRaw("\u{1B}[?2004l")
        def_prog_mode()
        endwin()
        ps_restore_terminal()
    }

    /// Takes the terminal back after `suspend`, at whatever size it has now, and redraws it all.
    public func resume() {
        reset_prog_mode()
        Terminal.writeRaw("\u{1B}[?2004h")
        _ = refreshSize()
        invalidate()
        cursorVisible = -1
    }

    /// Leaves curses and puts the terminal back as it was found. Safe to call twice.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        Terminal.writeRaw("\u{1B}[?2004l")
        curs_set(1)
        endwin()
        delscreen(screen)
        ps_restore_terminal()
        ps_stop_guardian()
    }
}
