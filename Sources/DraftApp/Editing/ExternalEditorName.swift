/// The editor Ctrl-E hands a field to, as the footer names it.
public struct ExternalEditorName: Equatable, Sendable {
    public var name: String
    /// How to get back, said before the editor takes the terminal ("Esc :wq Enter" for vi).
    public var howToLeave: String

    public init(name: String, howToLeave: String) {
        self.name = name
        self.howToLeave = howToLeave
    }
}
