/// What a cell means, not how it looks: views say "this is a variable", the theme decides the
/// colour. Theme files name these roles by `name`; the raw value is a byte, so a cell stays
/// plain data and the backend finds a role's look by index.
public enum StyleRole: UInt8, Sendable, CaseIterable {
    case normal
    case dim
    case header
    case headerModified
    case headerBusy
    case border
    case borderFocused
    case paneTitle
    case paneTitleFocused
    case tab
    case tabFocused
    case placeholder
    case variable
    case aiFill
    case control
    case userRole
    case assistantRole
    case label
    case selection
    case cursor
    case composer
    case diffAdded
    case diffRemoved
    case warning
    case footer
    case footerKey
    case statusOK
    case statusError
    case prompt
    case overlay
    case overlayTitle
    /// Text selected in a field or a pane (drawn over the text's own role).
    case selectedText
    /// A find match, and the one the find is at.
    case match
    case matchCurrent
    /// A word the spelling checker does not know.
    case misspelled
    /// Text a copy check found (a trigger phrase, a long sentence): drawn over the text, apart
    /// from the spelling's underline.
    case check

    /// The names theme files use, in case order.
    static let names = [
        "normal", "dim", "header", "header_modified", "header_busy", "border", "border_focused", "pane_title",
        "pane_title_focused", "tab", "tab_focused", "placeholder", "variable", "ai_fill", "control", "user_role",
        "assistant_role", "label", "selection", "cursor", "composer", "diff_added", "diff_removed", "warning", "footer",
        "footer_key", "status_ok", "status_error", "prompt", "overlay", "overlay_title", "selected_text", "match",
        "match_current", "misspelled", "check"
    ]

    /// The role's name as theme files spell it (`header_busy`).
    public var name: String { StyleRole.names[Int(rawValue)] }

    /// The role a theme file's key names; nil for a name no role has, which the parser reports.
    public init?(name: String) {
        guard let index = StyleRole.names.firstIndex(of: name) else { return nil }
        self.init(rawValue: UInt8(index))
    }
}
