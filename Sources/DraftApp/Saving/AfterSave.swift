/// What follows a successful save that was asked for on the way to something else.
public enum AfterSave: Equatable, Sendable {
    /// Ctrl-Q, "save and quit".
    case quit
    /// Ctrl-P with unsaved edits: the apply follows.
    case apply
    /// Ctrl-O, "save": back to the list, then where a review check goes, if one asked.
    case leave(then: ReviewJump?)
    /// A chat turn asked for with unsaved draft edits, "save, then send": the turn works on them.
    case sendTurn(String)
}
