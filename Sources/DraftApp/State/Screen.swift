/// The screens, by name: what the app shows under any prompt or box. Written once here, so no
/// view, key table or update asks "a picker and no session" in its own words.
public enum Screen: Equatable, Sendable {
    /// The first session is on its way: nothing to show yet but a message.
    case loading
    /// The campaign's list of emails and their sessions (`--campaign`, the demo, Ctrl-O).
    case list
    /// One session's panes.
    case session
}

extension AppState {
    /// The screen showing now: a loaded session wins over the list it was opened from.
    public var screen: Screen {
        if base != nil { return .session }
        return picker != nil ? .list : .loading
    }
}
