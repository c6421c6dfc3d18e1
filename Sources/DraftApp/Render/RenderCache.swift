import DraftCore

/// The last frame, and for each region (header, footer, panes, rows of the body) the key of what
/// it was drawn from, so the next frame starts from the last one and draws again only the
/// regions whose inputs changed (typing in the body redraws the row typed in). The view stays a
/// function of the state: with or without a cache it draws the same screen, which a test checks
/// on random states.
///
/// Frames alternate between two surfaces: the one the terminal shows stays as it is for the
/// terminal to compare with, and the other is brought up to date by copying what the last frame
/// drew anew, not the whole screen.
public final class RenderCache {
    struct Entry {
        let key: RenderKey
        /// Where the region put the terminal cursor, if it did.
        let cursor: (x: Int, y: Int)?
    }

    private var frame: Surface?
    private var spare: Surface?
    /// Frames are numbered, so the terminal can tell that a frame was made from the one it shows.
    private var frameNumber = 0
    /// The number of the frame the one being drawn started as a copy of; nil when it started blank.
    private var startedFrom: Int?
    /// The regions of the last frame, and those of the frame being drawn, by `ScreenRegion.index`:
    /// only a region the last frame showed is still on the surface to be kept (a tab group shows
    /// another pane in the same place).
    private var shown: [Entry?] = [], drawing: [Entry?] = []
    /// What the last frame drew anew, and what this one does.
    private var lastDamage: [Rect] = [], damage: [Rect] = []
    /// The cursor before the region being drawn, put back if the region sets none.
    private var cursorBefore: (x: Int, y: Int)?
    /// Regions kept as they were and regions drawn anew since the cache was made (for tests and the bench).
    public private(set) var hits = 0, misses = 0

    /// An empty cache: the first frame draws everything.
    public init() {}

    /// The surface a frame starts from: the last frame when its regions can be kept, else a blank one.
    func begin(width: Int, height: Int, keepsRegions: Bool) -> Surface {
        swap(&shown, &drawing)
        for index in drawing.indices { drawing[index] = nil }
        damage.removeAll(keepingCapacity: true)
        startedFrom = nil
        guard keepsRegions, let frame, frame.width == width, frame.height == height else {
            for index in shown.indices { shown[index] = nil }
            spare = nil
            return Surface(width: width, height: height)
        }
        startedFrom = frame.lineage?.frame
        var canvas: Surface
        if spare?.width == width, spare?.height == height, (spare?.clusters.count ?? 0) < 4096 {
            canvas = spare!
            spare = nil  // let go, so the canvas is the only owner and is written in place
            for rect in lastDamage { canvas.copy(rect, from: frame) }
        } else {
            canvas = frame
        }
        canvas.cursor = nil
        return canvas
    }

    /// True when the region is as the last frame drew it (its cursor put back). Else the region
    /// is cleared for drawing, and `drawn` must follow once it is drawn.
    func keep(_ key: RenderKey, in surface: inout Surface) -> Bool {
        let index = key.region.index
        if index < shown.count, let entry = shown[index], entry.key == key {
            if let cursor = entry.cursor { surface.cursor = cursor }
            record(entry, at: index)
            hits += 1
            return true
        }
        cursorBefore = surface.cursor
        surface.cursor = nil
        if key.clearsOnlyBorder {
            let area = key.area
            for edge in [
                Rect(x: area.x, y: area.y, width: area.width, height: 1),
                Rect(x: area.x, y: area.maxY - 1, width: area.width, height: 1),
                Rect(x: area.x, y: area.y, width: 1, height: area.height),
                Rect(x: area.maxX - 1, y: area.y, width: 1, height: area.height)
            ] {
                surface.fill(edge)
            }
        } else {
            surface.fill(key.area)
        }
        return false
    }

    func drawn(_ key: RenderKey, in surface: inout Surface) {
        let cursor = surface.cursor
        if cursor == nil { surface.cursor = cursorBefore }
        record(Entry(key: key, cursor: cursor), at: key.region.index)
        damage.append(key.area)
        misses += 1
    }

    /// For a region drawn as parts of its own (the body's rows): true when the whole is unchanged,
    /// and then every part is kept as it was without looking at each.
    func keepParts(of key: RenderKey, parts: Range<Int>, in surface: inout Surface) -> Bool {
        let index = key.region.index
        guard index < shown.count, let entry = shown[index], entry.key == key, parts.upperBound <= shown.count else {
            return false
        }
        record(entry, at: index)
        for part in parts {
            guard let kept = shown[part] else { continue }
            if let cursor = kept.cursor { surface.cursor = cursor }
            record(kept, at: part)
        }
        hits += 1
        return true
    }

    /// After the parts of a whole were drawn (or kept) one by one: the whole is as its key says.
    func partsDrawn(of key: RenderKey) {
        record(Entry(key: key, cursor: nil), at: key.region.index)
    }

    private func record(_ entry: Entry, at index: Int) {
        // Grown in steps, not a region at a time: a frame files dozens of rows.
        if drawing.count <= index {
            drawing.append(contentsOf: repeatElement(nil, count: max(64, index + 1 - drawing.count)))
        }
        drawing[index] = entry
    }

    /// Numbers the finished frame and says which rows it drew anew since the last one (when it
    /// drew nothing but regions on a copy of it); keeps it for the next one, unless something was
    /// drawn over the regions (an overlay): then the next frame draws them all.
    func end(_ surface: inout Surface, regionsShowing: Bool) {
        let base = regionsShowing ? startedFrom : nil
        frameNumber += 1
        surface.lineage = Surface.Lineage(
            frame: frameNumber, base: base, changedRows: base == nil ? [] : damage.map { $0.y..<$0.maxY })
        guard regionsShowing else {
            frame = nil
            spare = nil
            for index in drawing.indices { drawing[index] = nil }
            return
        }
        spare = frame
        frame = surface
        swap(&lastDamage, &damage)
    }
}
