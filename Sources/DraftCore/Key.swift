/// A key press, decoded by the terminal backend and matched against the key table.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)    // Ctrl-letter, lowercased
    case alt(Character)
    case enter, tab, backTab, escape, backspace, delete, insert
    case up, down, left, right
    case home, end, pageUp, pageDown
    case controlLeft, controlRight, controlHome, controlEnd
    case function(Int)

    /// How help and hints spell the key: "Ctrl-S", "Alt-3", "F1".
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-" + c.uppercased()
        case .alt(let c): "Alt-" + String(c)
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
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
        case .controlLeft: "Ctrl-Left"
        case .controlRight: "Ctrl-Right"
        case .controlHome: "Ctrl-Home"
        case .controlEnd: "Ctrl-End"
        case .function(let n): "F\(n)"
        }
    }
}

/// What the terminal delivers to the program.
public enum InputEvent: Equatable, Sendable {
    case key(Key)
    /// A bracketed paste, whole, with line endings normalised to "\n".
    case paste(String)
    case resize(width: Int, height: Int)
}
