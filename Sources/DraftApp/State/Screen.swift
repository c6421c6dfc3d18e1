/// The screens, by name: what the app shows under any prompt or box; the review stands over
/// the session or list it was opened from. Written once here, so no
/// view, key table or update asks "a picker and no session" in its own words.
public enum Screen: Equatable, Sendable {
    /// The first session is on its way: nothing to show yet but a message.
    case loading
    /// The campaign's list of emails and their sessions (`--campaign`, the demo, Ctrl-O).
    case list
    /// One session's panes.
    case session
    /// The user's campaigns, to start from (no id given, the demo).
    case campaigns
    /// Alt-S: the whole sequence, filled for one lead, and the checks over the roster.
    case sequence
}

extension AppState {
    /// The screen showing now: a loaded session wins over the list it was opened from.
    public var screen: Screen {
        if sequenceReview != nil { return .sequence }
        if base != nil { return .session }
        if picker != nil { return .list }
        return campaigns != nil && sessionID == nil ? .campaigns : .loading
    }
}
