import DraftCore

/// The last frame, and for each pane the key of what it was drawn from, so the next frame
/// starts from the last one and draws again only the panes whose inputs changed (typing in the
/// body leaves the transcript, the skeleton and the lists where they are). The view stays a
/// function of the state: with or without a cache it draws the same screen, which a test
/// checks on random states.
public final class RenderCache {
    struct Entry {
        let key: PaneRenderKey
        /// Where the pane put the terminal cursor, if it did.
        let cursor: (x: Int, y: Int)?
    }

    private var frame: Surface?
    /// The panes of the last frame, and those of the frame being drawn: only a pane the last
    /// frame showed is still on the surface to be kept (a tab group shows another pane in the
    /// same place).
    private var shown: [Pane: Entry] = [:], drawing: [Pane: Entry] = [:]
    /// Panes left as they were and panes drawn anew since the cache was made (for tests and the bench).
    public private(set) var hits = 0, misses = 0

    public init() {}

    /// The surface a frame starts from: the last frame when its panes can be kept, else a blank one.
    func begin(width: Int, height: Int, keepsPanes: Bool) -> Surface {
        drawing = [:]
        if keepsPanes, var frame, frame.width == width, frame.height == height {
            frame.cursor = nil
            return frame
        }
        shown = [:]
        return Surface(width: width, height: height)
    }

    /// Leaves a pane as the last frame drew it when its key is unchanged, else clears it and
    /// draws it with `draw`.
    func draw(_ key: PaneRenderKey, into surface: inout Surface, _ draw: (inout Surface) -> Void) {
        if let entry = shown[key.slot.pane], entry.key == key {
            if let cursor = entry.cursor { surface.cursor = cursor }
            drawing[key.slot.pane] = entry
            hits += 1
            return
        }
        let cursorBefore = surface.cursor
        surface.cursor = nil
        surface.fill(key.slot.frame)
        draw(&surface)
        let cursor = surface.cursor
        if cursor == nil { surface.cursor = cursorBefore }
        drawing[key.slot.pane] = Entry(key: key, cursor: cursor)
        misses += 1
    }

    /// Keeps the finished frame for the next one, unless something was drawn over the panes (an
    /// overlay): then the next frame draws them all.
    func end(_ surface: Surface, panesShowing: Bool) {
        frame = panesShowing ? surface : nil
        shown = panesShowing ? drawing : [:]
    }
}
