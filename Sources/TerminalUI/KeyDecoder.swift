import CNcursesw
import DraftCore

/// Turns what `wget_wch` returns into key presses and pastes: Alt-key arrives as ESC then the
/// key, control letters as their codes, a bracketed paste between two markers that ncurses is
/// taught to report as key codes.
@MainActor
final class KeyDecoder {
    private static let pasteStart: Int32 = 0x3E9
    private static let pasteEnd: Int32 = 0x3EA
    private var paste: [Unicode.Scalar]? = nil
    private var extended: [Int32: Key] = [:]

    init() {
        define_key("\u{1B}[200~", KeyDecoder.pasteStart)
        define_key("\u{1B}[201~", KeyDecoder.pasteEnd)
        // Ctrl-arrows are extended terminfo capabilities; ncurses gives them codes at run time.
        let wanted: [(String, String, Key)] = [
            ("kLFT5", "\u{1B}[1;5D", .controlLeft), ("kRIT5", "\u{1B}[1;5C", .controlRight),
            ("kHOM5", "\u{1B}[1;5H", .controlHome), ("kEND5", "\u{1B}[1;5F", .controlEnd),
        ]
        var spare: Int32 = 0x3F0
        for (capability, fallback, key) in wanted {
            var sequence = fallback
            if let s = tigetstr(capability), Int(bitPattern: s) != -1, Int(bitPattern: s) != 0 { sequence = String(cString: s) }
            var code = key_defined(sequence)
            if code <= 0 {
                define_key(sequence, spare)
                code = spare
                spare += 1
            }
            extended[code] = key
        }
    }

    /// Decodes one unit of input; `next` reads the following one without waiting (for Alt-key).
    func decode(_ isKeyCode: Bool, _ code: Int32, next: () -> (isKeyCode: Bool, code: Int32)?) -> InputEvent? {
        if isKeyCode && code == KeyDecoder.pasteStart {
            paste = []
            return nil
        }
        if isKeyCode && code == KeyDecoder.pasteEnd {
            let text = String(String.UnicodeScalarView(paste ?? []))
            paste = nil
            return .paste(text.replacingCRLF())
        }
        if paste != nil {
            if !isKeyCode, let scalar = Unicode.Scalar(UInt32(bitPattern: code)) {
                paste!.append(scalar)
            } else if isKeyCode, code == KEY_ENTER {
                paste!.append("\n")
            }
            return nil
        }
        if isKeyCode { return keyCode(code).map(InputEvent.key) }
        switch code {
        case 27:
            guard let following = next() else { return .key(.escape) }
            if !following.isKeyCode, let scalar = Unicode.Scalar(UInt32(bitPattern: following.code)), following.code >= 32 {
                return .key(.alt(Character(scalar)))
            }
            return .key(.escape)
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 8, 127: return .key(.backspace)
        case 0: return .key(.control(" "))
        case 1...26: return .key(.control(Character(Unicode.Scalar(UInt8(code) + 96))))
        case 28...31: return nil
        default:
            guard let scalar = Unicode.Scalar(UInt32(bitPattern: code)) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    private func keyCode(_ code: Int32) -> Key? {
        if let key = extended[code] { return key }
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BTAB: return .backTab
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        default:
            for n in 1...12 where code == pd_key_f(Int32(n)) { return .function(n) }
            return nil
        }
    }
}

extension String {
    /// Pastes from Windows or old Macs end lines with CRLF or CR; the editor works in LF.
    func replacingCRLF() -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(unicodeScalars.count)
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                result.unicodeScalars.append("\n")
                previousWasCR = true
                continue
            }
            if scalar == "\n" && previousWasCR { previousWasCR = false; continue }
            previousWasCR = false
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}
