/// A key press, decoded by the terminal backend and matched against the key table.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)  // Ctrl-letter, lowercased
    case alt(Character)
    /// A key that is not a character, with the modifiers held (Shift-Left, Ctrl-Delete, Shift-F3).
    case special(SpecialKey, Modifiers)

    /// A key that is not a character: arrows, Home/End, function keys and the like.
    public enum SpecialKey: Hashable, Sendable {
        case enter, tab, escape, backspace, delete, insert
        case up, down, left, right, home, end, pageUp, pageDown
        case function(Int)
    }

    /// Shift, Alt and Ctrl held with a key or a mouse event.
    public struct Modifiers: OptionSet, Hashable, Sendable {
        /// The modifiers as bits, in the order xterm's modifier parameter counts them.
        public let rawValue: UInt8
        /// Modifiers from their bits.
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// Shift held: Shift-arrows select.
        public static let shift = Modifiers(rawValue: 1)
        /// Alt (Meta) held, or the key came after an Esc: Alt-1…7 focus panes.
        public static let alt = Modifiers(rawValue: 2)
        /// Ctrl held with a key the terminal reports with modifiers (Ctrl-arrows).
        public static let control = Modifiers(rawValue: 4)
    }

    public static let enter = Key.special(.enter, []), tab = Key.special(.tab, []), escape = Key.special(.escape, [])
    /// Shift-Tab: the previous pane.
    public static let backTab = Key.special(.tab, .shift)
    public static let backspace = Key.special(.backspace, []), delete = Key.special(.delete, []),
        insert = Key.special(.insert, [])
    public static let up = Key.special(.up, []), down = Key.special(.down, []), left = Key.special(.left, []),
        right = Key.special(.right, [])
    public static let home = Key.special(.home, []), end = Key.special(.end, [])
    public static let pageUp = Key.special(.pageUp, []), pageDown = Key.special(.pageDown, [])
    public static let controlLeft = Key.special(.left, .control), controlRight = Key.special(.right, .control)
    public static let controlHome = Key.special(.home, .control), controlEnd = Key.special(.end, .control)
    /// The function key Fn, as the key table writes it (`.function(7)` for F7).
    public static func function(_ n: Int) -> Key { .special(.function(n), []) }

    /// The same key with Shift held too (Shift-Left extends a selection).
    public var shifted: Key {
        guard case .special(let key, let modifiers) = self else { return self }
        return .special(key, modifiers.union(.shift))
    }

    /// How help and hints spell the key: "Ctrl-S", "Alt-3", "F1", "Ctrl-Shift-Left".
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-" + (c == " " ? "Space" : c.uppercased())
        case .alt(let c): "Alt-" + String(c)
        case .special(.tab, .shift): "Shift-Tab"
        case .special(let key, let modifiers):
            (modifiers.contains(.control) ? "Ctrl-" : "") + (modifiers.contains(.alt) ? "Alt-" : "")
                + (modifiers.contains(.shift) ? "Shift-" : "") + key.label
        }
    }
}

extension Key.SpecialKey {
    var label: String {
        switch self {
        case .enter: "Enter"
        case .tab: "Tab"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .insert: "Insert"
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .function(let n): "F\(n)"
        }
    }
}

/// A mouse report, in screen cells counted from 0.
public struct MouseEvent: Equatable, Sendable {
    /// What the mouse did: a press (with its click count), a drag, a release or a wheel turn.
    public enum Kind: Equatable, Sendable {
        /// A button went down; `clicks` counts quick presses in the same place (2: a double-click).
        case press(clicks: Int)
        /// The pointer moved with the button held.
        case drag
        case release
        case wheelUp, wheelDown
    }

    /// What the mouse did.
    public var kind: Kind
    /// The cell's column, from 0 at the left.
    public var x: Int
    /// The cell's row, from 0 at the top.
    public var y: Int
    /// The left button (0), the middle (1), the right (2).
    public var button: Int
    /// Keys held with the mouse: Shift and Alt change what a click does.
    public var modifiers: Key.Modifiers

    /// A mouse event at a cell; the left button and no modifier unless told.
    public init(_ kind: Kind, x: Int, y: Int, button: Int = 0, modifiers: Key.Modifiers = []) {
        self.kind = kind
        self.x = x
        self.y = y
        self.button = button
        self.modifiers = modifiers
    }
}

/// What the terminal delivers to the program.
public enum InputEvent: Equatable, Sendable {
    case key(Key)
    /// A bracketed paste, whole, with line endings normalised to "\n".
    case paste(String)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
}
