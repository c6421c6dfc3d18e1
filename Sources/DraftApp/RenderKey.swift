import Glibc
import DraftCore
import PuffleAPI

/// The parts of the screen the render cache keeps between frames.
enum ScreenRegion: Hashable {
    case header, footer
    case pane(Pane)
    /// One screen row of the body's content.
    case bodyRow(Int)

    /// Where the cache files the region: a number, so a frame's regions need no hashing.
    var index: Int {
        switch self {
        case .header: 0
        case .footer: 1
        case .pane(let pane): 1 + pane.rawValue
        case .bodyRow(let row): 9 + row
        }
    }
}

/// Everything a region is drawn from, compared before drawing it again (see `RenderCache`).
/// Whatever a region's view reads from the state must be named here, or a change would not
/// show: the action fuzzer draws random states both ways and compares the screens.
struct RenderKey: Equatable {
    let region: ScreenRegion
    let area: Rect
    let glyphs: Glyphs.Kind
    /// Revisions, positions and choices, flattened.
    private(set) var numbers = RenderNumbers()
    /// Inputs that are values rather than numbers, boxed: most keys (the body's rows) have none,
    /// and a key is copied for every region of every frame.
    private(set) var values: Values? = nil

    final class Values: Equatable {
        var style: ScreenLayout.Frame?
        var legend: DiffLegend?
        var staged: JSONValue?
        var pending: PendingTurn?
        var status: StatusMessage?

        init(style: ScreenLayout.Frame? = nil, legend: DiffLegend? = nil, status: StatusMessage? = nil) {
            self.style = style
            self.legend = legend
            self.status = status
        }

        static func == (a: Values, b: Values) -> Bool {
            a.style == b.style && a.legend == b.legend && a.staged == b.staged && a.pending == b.pending && a.status == b.status
        }
    }

    private init(_ region: ScreenRegion, area: Rect, glyphs: Glyphs.Kind) {
        self.region = region
        self.area = area
        self.glyphs = glyphs
    }

    static func header(_ area: Rect, state: AppState, glyphs: Glyphs) -> RenderKey {
        var key = RenderKey(.header, area: area, glyphs: glyphs.kind)
        key.numbers.append(state.baseRevision, state.isDirty ? 1 : 0, state.picker == nil ? 0 : 1)
        key.editor(.title, state)
        if state.taskStatus != nil { key.numbers.append(state.spinnerFrame) }
        return key
    }

    static func footer(_ area: Rect, state: AppState) -> RenderKey {
        var key = RenderKey(.footer, area: area, glyphs: .unicode)
        key.values = Values(status: state.status)
        key.numbers.append(state.prompt == nil ? -1 : state.promptRevision, state.overlay == nil ? 0 : 1,
                           state.picker != nil && state.base == nil ? 1 : 0, state.focus.rawValue, state.skeletonBrowse == nil ? 0 : 1)
        return key
    }

    static func pane(_ slot: ScreenLayout.Slot, state: AppState, glyphs: Glyphs) -> RenderKey {
        var key = RenderKey(.pane(slot.pane), area: slot.frame, glyphs: glyphs.kind)
        let values = Values(style: slot.style, legend: state.diffLegend)
        key.values = values
        // The focus marks the frame; the editor's cursor shows only while no prompt or overlay has the keyboard.
        key.numbers.append(state.focus == slot.pane ? 1 : 0, state.prompt == nil && state.overlay == nil ? 1 : 0)
        switch slot.pane {
        case .title, .subject:
            key.editor(slot.pane, state)
        case .body:
            break // its content is drawn row by row, each row a region of its own (BodyRows)
        case .transcript:
            key.numbers.append(state.baseRevision)
            key.anchor(state.scroll[.transcript])
            key.editor(.transcript, state)
            values.pending = state.pendingTurn
        case .skeleton:
            key.numbers.append(state.baseRevision, state.skeletonBrowse ?? -1)
            key.anchor(state.scroll[.skeleton])
            values.staged = state.stagedSkeleton
        case .examples:
            key.numbers.append(state.baseRevision, state.selectedExample, state.leadsRevision,
                               ExampleView.allCases.firstIndex(of: state.exampleView) ?? 0)
            key.anchor(state.detailScroll[.examples])
            if state.exampleView != .example { key.draft(state) }
        case .history:
            key.numbers.append(state.baseRevision, state.selectedHistory, state.historyShowsDiff ? 1 : 0)
            key.anchor(state.detailScroll[.history])
            if state.historyShowsDiff { key.draft(state) }
        }
        return key
    }

    /// A row of the body: the line's revision and the bytes shown (the row above decides nothing
    /// here: the editor highlights each line on its own), where the cursor is on it, and the
    /// frame's drawing, which clears every row.
    static func bodyRow(_ index: Int, _ area: Rect, generation: Int, row: BodyRows.Row?, lineRevision: Int?, cursorColumn: Int?,
                        placeholder: Bool?) -> RenderKey {
        var key = RenderKey(.bodyRow(index), area: area, glyphs: .unicode)
        key.numbers.append(generation, lineRevision ?? -1, row?.bytes.lowerBound ?? -1, row?.bytes.upperBound ?? -1)
        key.numbers.append(cursorColumn ?? -1, placeholder.map { $0 ? 1 : 0 } ?? -1)
        return key
    }

    private mutating func editor(_ pane: Pane, _ state: AppState) {
        guard let editor = state.editors[pane] else { return numbers.append(-1) }
        numbers.append(editor.revision, editor.cursor.line, editor.cursor.offset)
    }

    /// The subject and body, which diffs and renderings of the draft are made from.
    private mutating func draft(_ state: AppState) {
        editor(.subject, state)
        editor(.body, state)
    }

    private mutating func anchor(_ anchor: ScrollAnchor?) {
        numbers.append(anchor?.block ?? -1, anchor?.row ?? -1)
    }
}

/// Up to 16 numbers kept inline: building a key on every frame allocates nothing, and two keys'
/// numbers compare as one block of memory.
struct RenderNumbers: Equatable {
    private var count = 0
    private var storage: (Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)

    mutating func append(_ value: Int) {
        precondition(count < 16, "a render key holds at most 16 numbers")
        withUnsafeMutableBytes(of: &storage) { $0.storeBytes(of: value, toByteOffset: count * MemoryLayout<Int>.stride, as: Int.self) }
        count += 1
    }

    // Fixed arities rather than a variadic one, which would build an array on every frame.
    mutating func append(_ a: Int, _ b: Int) { append(a); append(b) }
    mutating func append(_ a: Int, _ b: Int, _ c: Int) { append(a, b); append(c) }
    mutating func append(_ a: Int, _ b: Int, _ c: Int, _ d: Int) { append(a, b); append(c, d) }
    mutating func append(_ a: Int, _ b: Int, _ c: Int, _ d: Int, _ e: Int) { append(a, b, c); append(d, e) }

    static func == (a: RenderNumbers, b: RenderNumbers) -> Bool {
        // Unused places stay zero, so the whole block compares.
        withUnsafeBytes(of: a) { x in withUnsafeBytes(of: b) { y in memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 } }
    }
}
