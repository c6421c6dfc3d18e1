/// What a cell means, not how it looks: views say "this is a variable", the theme decides the
/// colour. Theme files name these roles by their raw value.
public enum StyleRole: String, Sendable, CaseIterable {
    case normal
    case dim
    case header
    case headerModified = "header_modified"
    case headerBusy = "header_busy"
    case border
    case borderFocused = "border_focused"
    case paneTitle = "pane_title"
    case paneTitleFocused = "pane_title_focused"
    case tab
    case tabFocused = "tab_focused"
    case placeholder
    case variable
    case aiFill = "ai_fill"
    case control
    case userRole = "user_role"
    case assistantRole = "assistant_role"
    case label
    case selection
    case cursor
    case composer
    case diffAdded = "diff_added"
    case diffRemoved = "diff_removed"
    case warning
    case footer
    case footerKey = "footer_key"
    case statusOK = "status_ok"
    case statusError = "status_error"
    case prompt
    case overlay
    case overlayTitle = "overlay_title"
}
