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
    private var frame: Surface?
    private var spare: Surface?
    /// Frames are numbered, so the terminal can tell that a frame was made from the one it shows.
    private var frameNumber = 0
    /// The number of the frame the one being drawn started as a copy of; nil when it started blank.
    private var startedFrom: Int?
    /// The regions by `ScreenRegion.index`: the key each was last drawn from, where it put the
    /// terminal cursor, and the number of the last frame that showed it. A region is on the
    /// surface being drawn only when the last frame showed it (a tab group shows another pane in
    /// the same place); so keeping a region writes a number, and no key is copied.
    private var keys: [RenderKey] = [], cursors: [(x: Int, y: Int)?] = [], shownIn: [Int] = []
    /// The frame whose regions the surface being drawn starts with; nil when it starts blank.
    private var keptFrame: Int?
    /// What the last frame drew anew, and what this one does.
    private var lastDamage: [Rect] = [], damage: [Rect] = []
    /// The cursor before the region being drawn, put back if the region sets none.
    private var cursorBefore: (x: Int, y: Int)?
    /// Regions kept as they were and regions drawn anew since the cache was made (for tests and the bench).
    public private(set) var hits = 0, misses = 0

    /// An empty cache: the first frame draws everything.
    public init() {}

    /// The number of the frame being drawn.
    private var drawing: Int { frameNumber + 1 }

    /// The surface a frame starts from: the last frame when its regions can be kept, else a blank one.
    func begin(width: Int, height: Int, keepsRegions: Bool) -> Surface {
        damage.removeAll(keepingCapacity: true)
        startedFrom = nil
        keptFrame = nil
        guard keepsRegions, let frame, frame.width == width, frame.height == height else {
            spare = nil
            return Surface(width: width, height: height)
        }
        startedFrom = frame.lineage?.frame
        keptFrame = frameNumber
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

    /// Whether the region at `index` is on the surface as the last frame showed it, with this key.
    private func isShown(_ index: Int, as key: RenderKey) -> Bool {
        guard let keptFrame, index < shownIn.count, shownIn[index] == keptFrame else { return false }
        // Compared where it lies: reading it out of the array would copy it.
        return keys.withUnsafeBufferPointer { $0[index] == key }
    }

    /// Stamps a region the surface still shows as shown by this frame; its cursor is put back.
    private func stillShown(_ index: Int, in surface: inout Surface) {
        shownIn[index] = drawing
        if let cursor = cursors[index] { surface.cursor = cursor }
    }

    /// True when the region is as the last frame drew it (its cursor put back). Else the region
    /// is cleared for drawing, and `drawn` must follow once it is drawn.
    func keep(_ key: RenderKey, in surface: inout Surface) -> Bool {
        let index = key.region.index
        if isShown(index, as: key) {
            stillShown(index, in: &surface)
            hits += 1
            return true
        }
        redraws(key, in: &surface)
        return false
    }

    /// Clears the region for drawing anew (its border alone when that is all it owns); `drawn`
    /// must follow once it is drawn.
    func redraws(_ key: RenderKey, in surface: inout Surface) {
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
    }

    /// For a row of the body: true when the last frame drew it in `area` from what `values`
    /// hold, compared with the input filed for it without making a key (its cursor is put back).
    /// False leaves the row as it is, for `redraws` with its key to clear.
    func keep(row: Int, area: Rect, if values: BodyRowValues, in surface: inout Surface) -> Bool {
        let index = ScreenRegion.bodyRow(row).index
        guard let keptFrame, index < shownIn.count, shownIn[index] == keptFrame else { return false }
        let same = keys.withUnsafeBufferPointer { keys in
            guard keys[index].area == area, case .bodyRow(let shown) = keys[index].input else { return false }
            return shown.matches(values)
        }
        guard same else { return false }
        stillShown(index, in: &surface)
        hits += 1
        return true
    }

    func drawn(_ key: RenderKey, in surface: inout Surface) {
        let cursor = surface.cursor
        if cursor == nil { surface.cursor = cursorBefore }
        record(key, cursor: cursor)
        damage.append(key.area)
        misses += 1
    }

    /// For a region drawn as parts of its own (the body's rows): true when the whole is unchanged,
    /// and then every part is kept as it was without looking at each.
    func keepParts(of key: RenderKey, parts: Range<Int>, in surface: inout Surface) -> Bool {
        let index = key.region.index
        guard isShown(index, as: key), parts.upperBound <= shownIn.count else { return false }
        shownIn[index] = drawing
        for part in parts where shownIn[part] == keptFrame {
            stillShown(part, in: &surface)
        }
        hits += 1
        return true
    }

    /// After the parts of a whole were drawn (or kept) one by one: the whole is as its key says.
    func partsDrawn(of key: RenderKey) {
        record(key, cursor: nil)
    }

    private func record(_ key: RenderKey, cursor: (x: Int, y: Int)?) {
        let index = key.region.index
        // Grown in steps, not a region at a time: a frame files dozens of rows.
        if shownIn.count <= index {
            let more = max(64, index + 1 - shownIn.count)
            keys.append(contentsOf: repeatElement(.none, count: more))
            cursors.append(contentsOf: repeatElement(nil, count: more))
            shownIn.append(contentsOf: repeatElement(-1, count: more))
        }
        keys[index] = key
        cursors[index] = cursor
        shownIn[index] = drawing
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
            return
        }
        spare = frame
        frame = surface
        swap(&lastDamage, &damage)
    }
}
