/// The app's own chrome characters: box drawing and a spinner when the terminal speaks UTF-8,
/// plain ASCII otherwise. No emoji: their width varies between terminals.
///
/// A class, with the two sets made once: views pass it to every pane and row of every frame, and
/// a reference costs one retain to pass where a struct of a dozen strings costs a dozen.
public final class Glyphs: Sendable, Equatable {
    /// Which set of characters the frame is drawn with (`--ascii` picks `.ascii`).
    public enum Kind: Sendable { case unicode, ascii }
    /// Which set this is, and what two sets are compared by.
    public let kind: Kind
    public let horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: String
    /// Stands for text cut at a pane's edge.
    public let ellipsis: String
    /// Marks an item in a list (the busy dot, an unsaved session).
    public let bullet: String
    /// Marks for a checked item: fine, or needs a look.
    public let ok, warn: String
    /// Rows of a list above and below what it shows ("↑ 2 more").
    public let up, down: String
    /// In front of the transcript's composer line.
    public let composer: String
    /// The frames of the busy spinner, one per tick.
    public let spinner: [String]

    private init(
        kind: Kind, horizontal: String, vertical: String, topLeft: String, topRight: String, bottomLeft: String,
        bottomRight: String, ellipsis: String, bullet: String, ok: String, warn: String, up: String, down: String,
        composer: String,
        spinner: [String]
    ) {
        self.kind = kind
        self.horizontal = horizontal
        self.vertical = vertical
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
        self.ellipsis = ellipsis
        self.bullet = bullet
        self.ok = ok
        self.warn = warn
        self.up = up
        self.down = down
        self.composer = composer
        self.spinner = spinner
    }

    /// Two sets are the same when they are of the same kind: the render cache compares glyphs.
    public static func == (a: Glyphs, b: Glyphs) -> Bool { a.kind == b.kind }

    /// Box-drawing lines, the ellipsis and arrows: for UTF-8 terminals.
    public static let unicode = Glyphs(
        kind: .unicode, horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
        bottomLeft: "└", bottomRight: "┘", ellipsis: "…", bullet: "●", ok: "✓", warn: "!", up: "↑", down: "↓",
        composer: "›",
        spinner: ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"])
    /// Plain ASCII stand-ins, for terminals and fonts without box-drawing characters.
    public static let ascii = Glyphs(
        kind: .ascii, horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
        bottomLeft: "+", bottomRight: "+", ellipsis: "~", bullet: "*", ok: "+", warn: "!", up: "^", down: "v",
        composer: ">",
        spinner: ["|", "/", "-", "\\"])
}
