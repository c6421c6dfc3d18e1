/// The editor Ctrl-E hands a field to, as the footer names it.
public struct ExternalEditorName: Equatable, Sendable {
    /// The editor's program name, as `$VISUAL` or `$EDITOR` gives it.
    public var name: String
    /// How to get back, said before the editor takes the terminal ("Esc :wq Enter" for vi).
    public var howToLeave: String

    /// A name with the way out of that editor, for the footer while it runs.
    public init(name: String, howToLeave: String) {
        self.name = name
        self.howToLeave = howToLeave
    }
}
