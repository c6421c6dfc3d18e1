import DraftCore

/// Turns the bytes a terminal sends into key presses, pastes and mouse reports: UTF-8 text,
/// control characters, the escape sequences of xterm and its descendants (arrows, Home, End,
/// PgUp, PgDn, Delete, F-keys, each with Shift, Alt and Ctrl; in both the normal and the keypad
/// form), the terminal's own key strings from terminfo, bracketed pastes, SGR mouse reports, and
/// Alt-key as Esc then the key. Bytes of a sequence not finished yet wait for the next read or
/// for `timeout`, which gives a lone Esc its meaning.
public struct InputDecoder {
    /// Key strings this terminal sends that the standard forms may miss (from terminfo).
    private let terminfoKeys: [(bytes: [UInt8], key: Key)]
    /// ^H is Backspace on terminals whose Backspace sends it, else Ctrl-Backspace.
    private let controlHIsBackspace: Bool
    private var pending: [UInt8] = []
    private var paste: [UInt8]?
    private var lastPress: (x: Int, y: Int, button: Int, time: Double, clicks: Int)?

    /// Presses closer in time than this, in the same cell, count as a double-click.
    static let doubleClickSeconds = 0.4
    static let pasteEnd: [UInt8] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]

    /// A decoder for this terminal: its terminfo key strings, and whether Ctrl-H is its Backspace.
    public init(terminfoKeys: [(bytes: [UInt8], key: Key)] = [], controlHIsBackspace: Bool = false) {
        // Longest first, so a string that begins another is tried after it.
        self.terminfoKeys = terminfoKeys.filter { $0.bytes.count > 1 && $0.bytes[0] == 0x1B }.sorted {
            $0.bytes.count > $1.bytes.count
        }
        self.controlHIsBackspace = controlHIsBackspace
    }

    /// True while the end of the input may be the start of a sequence: the caller waits a
    /// moment (ESCDELAY) for the rest, then calls `timeout`.
    public var waitsForMore: Bool { paste == nil && !pending.isEmpty }

    /// Decodes bytes as they arrive; an escape that may still be a key's start waits (`inputDeadline`).
    public mutating func feed(_ bytes: [UInt8], now: Double) -> [InputEvent] {
        pending += bytes
        return decode(now: now, final: false)
    }

    /// Nothing more came: a lone Esc is the Escape key, Esc and a character Alt-character, and a
    /// sequence cut short is dropped.
    public mutating func timeout(now: Double) -> [InputEvent] {
        decode(now: now, final: true)
    }

    private mutating func decode(now: Double, final: Bool) -> [InputEvent] {
        var events: [InputEvent] = []
        var i = 0
        let bytes = pending
        while i < bytes.count {
            if paste != nil {
                guard let end = Self.find(Self.pasteEnd, in: bytes, from: i) else {
                    // Keep the tail that could be the start of the end marker.
                    let keep = min(bytes.count - i, Self.pasteEnd.count - 1)
                    paste! += bytes[i..<(bytes.count - keep)]
                    i = bytes.count - keep
                    break
                }
                paste! += bytes[i..<end]
                events.append(.paste(String(decoding: paste!, as: UTF8.self).replacingCRLF()))
                paste = nil
                i = end + Self.pasteEnd.count
                continue
            }
            switch step(bytes, at: i, now: now, final: final) {
            case .needMore:
                pending = Array(bytes[i...])
                return events
            case .consumed(let count, let event):
                if let event { events.append(event) }
                i += count
            case .pasteStarts(let count):
                paste = []
                i += count
            }
        }
        pending = Array(bytes[i...])
        return events
    }

    private enum Step {
        case needMore
        case consumed(Int, InputEvent?)
        case pasteStarts(Int)
    }

    private mutating func step(_ bytes: [UInt8], at i: Int, now: Double, final: Bool) -> Step {
        let byte = bytes[i]
        if byte == 0x1B { return escape(bytes, at: i, now: now, final: final) }
        if byte < 0x20 || byte == 0x7F { return .consumed(1, control(byte).map(InputEvent.key)) }
        guard let (scalar, length) = Self.scalar(bytes, at: i) else {
            if Self.isIncompleteScalar(bytes, at: i) && !final { return .needMore }
            return .consumed(1, nil)  // not UTF-8: dropped
        }
        // A C1 control (U+0080–U+009F, from an 8-bit terminal's keys or line noise) is no text.
        if DisplayText.isControl(scalar) { return .consumed(length, nil) }
        return .consumed(length, .key(.character(Character(scalar))))
    }

    private func control(_ byte: UInt8) -> Key? {
        switch byte {
        case 0x09: return .tab
        case 0x0A, 0x0D: return .enter
        case 0x7F: return .backspace
        case 0x08: return controlHIsBackspace ? .backspace : .special(.backspace, .control)
        case 0x00: return .control(" ")
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(byte + 0x60)))
        case 0x1C: return .control("\\")
        case 0x1D: return .control("]")
        case 0x1E: return .control("^")
        case 0x1F: return .control("_")
        default: return nil
        }
    }

    // MARK: Escape sequences

    private mutating func escape(_ bytes: [UInt8], at i: Int, now: Double, final: Bool) -> Step {
        for (sequence, key) in terminfoKeys {
            if bytes.count - i >= sequence.count {
                if bytes[i..<(i + sequence.count)].elementsEqual(sequence) {
                    return .consumed(sequence.count, .key(key))
                }
            } else if !final, bytes[i...].elementsEqual(sequence.prefix(bytes.count - i)) {
                return .needMore
            }
        }
        guard i + 1 < bytes.count else { return final ? .consumed(1, .key(.escape)) : .needMore }
        let next = bytes[i + 1]
        switch next {
        case 0x5B: return csi(bytes, at: i, now: now, final: final)
        case 0x4F:  // SS3: the keypad form of arrows, Home, End and F1–F4
            guard i + 2 < bytes.count else { return final ? .consumed(2, .key(.alt("O"))) : .needMore }
            return .consumed(3, Self.ss3Key(bytes[i + 2]).map(InputEvent.key))
        case 0x1B:
            return .consumed(1, .key(.escape))
        case 0x7F, 0x08:
            return .consumed(2, .key(.special(.backspace, .alt)))
        case 0x0D:
            // Alt-Enter: a new line in the chat composer (Enter alone sends).
            return .consumed(2, .key(.special(.enter, .alt)))
        default:
            if next < 0x20 { return .consumed(1, .key(.escape)) }  // Esc, then a control key of its own
            guard let (scalar, length) = Self.scalar(bytes, at: i + 1) else {
                if Self.isIncompleteScalar(bytes, at: i + 1) && !final { return .needMore }
                return .consumed(1, .key(.escape))
            }
            return .consumed(1 + length, .key(.alt(Character(scalar))))
        }
    }

    /// `ESC [` parameters, intermediates, and a final byte.
    private mutating func csi(_ bytes: [UInt8], at i: Int, now: Double, final: Bool) -> Step {
        var j = i + 2
        if j < bytes.count, bytes[j] == 0x4D {  // X10 mouse: ESC [ M and three raw bytes, ignored
            guard j + 3 < bytes.count else { return final ? .consumed(bytes.count - i, nil) : .needMore }
            return .consumed(6, nil)
        }
        let private_ = j < bytes.count && (bytes[j] == 0x3C || bytes[j] == 0x3F) ? bytes[j] : nil
        if private_ != nil { j += 1 }
        var parameters: [Int] = []
        var current: Int? = nil
        while j < bytes.count, (0x30...0x3F).contains(bytes[j]) {
            if bytes[j] == 0x3B || bytes[j] == 0x3A {
                parameters.append(current ?? 0)
                current = nil
            } else if bytes[j] <= 0x39 {
                current = min(99_999, (current ?? 0) * 10 + Int(bytes[j] - 0x30))
            }
            j += 1
        }
        if let current { parameters.append(current) }
        while j < bytes.count, (0x20...0x2F).contains(bytes[j]) { j += 1 }
        guard j < bytes.count else { return final ? .consumed(bytes.count - i, nil) : .needMore }
        let finalByte = bytes[j]
        let length = j + 1 - i
        guard (0x40...0x7E).contains(finalByte) else { return .consumed(length, nil) }  // malformed: dropped
        if private_ == 0x3C { return .consumed(length, mouse(parameters, release: finalByte == 0x6D, now: now)) }
        if private_ != nil { return .consumed(length, nil) }
        if finalByte == 0x7E && parameters.first == 200 { return .pasteStarts(length) }
        return .consumed(length, Self.csiKey(parameters, finalByte).map(InputEvent.key))
    }

    /// xterm's modifier parameter: 1 + (Shift 1, Alt 2, Ctrl 4).
    static func modifiers(_ parameter: Int?) -> Key.Modifiers {
        guard let parameter, parameter > 1 else { return [] }
        return Key.Modifiers(rawValue: UInt8(truncatingIfNeeded: (parameter - 1) & 0x7))
    }

    static func csiKey(_ parameters: [Int], _ finalByte: UInt8) -> Key? {
        let modifiers = Self.modifiers(parameters.count > 1 ? parameters[1] : nil)
        let letters: [UInt8: Key.SpecialKey] = [
            0x41: .up, 0x42: .down, 0x43: .right, 0x44: .left, 0x48: .home, 0x46: .end,
            0x50: .function(1), 0x51: .function(2), 0x52: .function(3), 0x53: .function(4)
        ]
        if let key = letters[finalByte] { return .special(key, modifiers) }
        switch finalByte {
        case 0x5A: return .backTab  // ESC [ Z
        case 0x7E:
            let tilde: [Int: Key.SpecialKey] = [
                1: .home, 2: .insert, 3: .delete, 4: .end, 5: .pageUp, 6: .pageDown, 7: .home, 8: .end,
                11: .function(1), 12: .function(2), 13: .function(3), 14: .function(4),
                15: .function(5), 17: .function(6), 18: .function(7), 19: .function(8),
                20: .function(9), 21: .function(10), 23: .function(11), 24: .function(12)
            ]
            // xterm's modifyOtherKeys: ESC [ 27 ; modifiers ; code ~
            if parameters.first == 27, parameters.count == 3 {
                return codeKey(parameters[2], Self.modifiers(parameters[1]))
            }
            return parameters.first.flatMap { tilde[$0] }.map { .special($0, modifiers) }
        case 0x75:  // the kitty keyboard protocol: ESC [ code ; modifiers u
            return parameters.first.flatMap { codeKey($0, modifiers) }
        default:
            return nil  // focus reports and the like
        }
    }

    /// A key given by its character code and modifiers (modifyOtherKeys, kitty).
    static func codeKey(_ code: Int, _ modifiers: Key.Modifiers) -> Key? {
        switch code {
        case 13: return .special(.enter, modifiers)
        case 9: return .special(.tab, modifiers)
        case 27: return .special(.escape, modifiers)
        case 127, 8: return .special(.backspace, modifiers)
        default:
            guard let scalar = Unicode.Scalar(UInt32(clamping: code)), code >= 0x20 else { return nil }
            let character = Character(scalar)
            if modifiers.contains(.control), let lower = character.lowercased().first, lower.isLetter {
                return .control(lower)
            }
            if modifiers.contains(.alt) { return .alt(character) }
            return .character(character)
        }
    }

    static func ss3Key(_ byte: UInt8) -> Key? {
        switch byte {
        case 0x41: .up
        case 0x42: .down
        case 0x43: .right
        case 0x44: .left
        case 0x48: .home
        case 0x46: .end
        case 0x50: .function(1)
        case 0x51: .function(2)
        case 0x52: .function(3)
        case 0x53: .function(4)
        case 0x4D: .enter  // the keypad's Enter
        default: nil
        }
    }

    /// An SGR mouse report: button and modifier bits, then the column and row from 1.
    private mutating func mouse(_ parameters: [Int], release: Bool, now: Double) -> InputEvent? {
        guard parameters.count == 3, parameters[1] >= 1, parameters[2] >= 1 else { return nil }
        let code = parameters[0], x = parameters[1] - 1, y = parameters[2] - 1
        var modifiers: Key.Modifiers = []
        if code & 4 != 0 { modifiers.insert(.shift) }
        if code & 8 != 0 { modifiers.insert(.alt) }
        if code & 16 != 0 { modifiers.insert(.control) }
        let button = code & 3
        if code & 64 != 0 {
            guard button <= 1 else { return nil }  // sideways scrolling
            return .mouse(MouseEvent(button == 0 ? .wheelUp : .wheelDown, x: x, y: y, modifiers: modifiers))
        }
        if release { return .mouse(MouseEvent(.release, x: x, y: y, button: button, modifiers: modifiers)) }
        if code & 32 != 0 { return .mouse(MouseEvent(.drag, x: x, y: y, button: button, modifiers: modifiers)) }
        var clicks = 1
        if let last = lastPress, last.x == x, last.y == y, last.button == button,
            now - last.time < Self.doubleClickSeconds
        {
            clicks = last.clicks + 1
        }
        lastPress = (x, y, button, now, clicks)
        return .mouse(MouseEvent(.press(clicks: clicks), x: x, y: y, button: button, modifiers: modifiers))
    }

    // MARK: Bytes

    static func scalar(_ bytes: [UInt8], at i: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[i]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 && lead < 0xF8 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
        guard length > 0, i + length <= bytes.count else { return nil }
        var value = UInt32(lead) & (0xFF >> UInt32(length + 1))
        for k in 1..<length {
            guard bytes[i + k] & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(bytes[i + k] & 0x3F)
        }
        return Unicode.Scalar(value).map { ($0, length) }
    }

    /// A valid start of a UTF-8 sequence whose remaining bytes have not arrived yet.
    static func isIncompleteScalar(_ bytes: [UInt8], at i: Int) -> Bool {
        let lead = bytes[i]
        let length = lead >= 0xF0 && lead < 0xF8 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 0
        guard length > 0, i + length > bytes.count else { return false }
        return bytes[(i + 1)...].allSatisfy { $0 & 0xC0 == 0x80 }
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count - start >= needle.count else { return nil }
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0] && bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}

extension String {
    /// Pastes from Windows or old Macs end lines with CRLF or CR; the editor works in LF.
    func replacingCRLF() -> String {
        guard utf8.contains(0x0D) else { return self }
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
