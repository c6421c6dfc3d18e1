/// The app's own chrome characters: box drawing and a spinner when the terminal speaks UTF-8,
/// plain ASCII otherwise. No emoji: their width varies between terminals.
public struct Glyphs: Sendable, Equatable {
    public let horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: String
    public let ellipsis: String
    public let bullet: String
    /// Marks for a checked item: fine, or needs a look.
    public let ok, warn: String
    /// In front of the transcript's composer line.
    public let composer: String
    public let spinner: [String]

    public static let unicode = Glyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
                                       bottomLeft: "└", bottomRight: "┘", ellipsis: "…", bullet: "●", ok: "✓", warn: "!", composer: "›",
                                       spinner: ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"])
    public static let ascii = Glyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
                                     bottomLeft: "+", bottomRight: "+", ellipsis: "~", bullet: "*", ok: "+", warn: "!", composer: ">",
                                     spinner: ["|", "/", "-", "\\"])
}
