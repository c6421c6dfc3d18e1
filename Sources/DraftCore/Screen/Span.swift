/// A styled run of text.
public struct Span: Equatable, Sendable {
    /// The span's text, one line; the surface measures and cuts it.
    public var text: String
    /// What the text means, for the theme to colour.
    public var role: StyleRole
    /// Drawn over the role: a selection, a find match, a misspelling.
    public var overlay: StyleRole?

    /// A span of text in a role, with an overlay when marked.
    public init(_ text: String, _ role: StyleRole = .normal, overlay: StyleRole? = nil) {
        self.text = text
        self.role = role
        self.overlay = overlay
    }
}

/// A line of styled spans: what every view draws and wraps.
public typealias StyledLine = [Span]
