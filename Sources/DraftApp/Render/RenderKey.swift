import Glibc
import DraftCore
import PuffleAPI

/// The parts of the screen the render cache keeps between frames.
enum ScreenRegion: Hashable {
    /// The header's two sides: what is open, and its state (see `HeaderView`).
    case header, headerStatus, footer
    /// A pane's border and title (or its label, in a one-line layout), apart from its content,
    /// so a change of focus redraws borders and not what they hold.
    case frame(Pane)
    case content(Pane)
    /// One screen row of the body's content.
    case bodyRow(Int)

    /// Where the cache files the region: a number, so a frame's regions need no hashing.
    var index: Int {
        switch self {
        case .header: 0
        case .headerStatus: 1
        case .footer: 2
        case .frame(let pane): 2 + pane.rawValue
        case .content(let pane): 9 + pane.rawValue
        case .bodyRow(let row): 17 + row
        }
    }
}

/// Everything a region is drawn from, compared before drawing it again (see `RenderCache`).
/// Whatever a region's view reads from the state must be named here, or a change would not
/// show: the action fuzzer draws random states both ways and compares the screens.
struct RenderKey: Equatable {
    let region: ScreenRegion
    let area: Rect
    /// A pane's frame clears only its border: its content is a region of its own.
    let clearsOnlyBorder: Bool
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
        /// What is drawn, when that is smaller than what it is made from (the header's state side).
        var spans: StyledLine?
        /// The text a row is drawn from, and the marks over it.
        var text: String?
        var marks: [SpanMark]?
        var selection: ReadingSelection?

        init(style: ScreenLayout.Frame? = nil, legend: DiffLegend? = nil, status: StatusMessage? = nil, spans: StyledLine? = nil,
             text: String? = nil, marks: [SpanMark]? = nil) {
            self.style = style
            self.legend = legend
            self.status = status
            self.spans = spans
            self.text = text
            self.marks = marks
        }

        static func == (a: Values, b: Values) -> Bool {
            a.style == b.style && a.legend == b.legend && a.staged == b.staged && a.pending == b.pending && a.status == b.status
                && a.spans == b.spans && a.text == b.text && a.marks == b.marks && a.selection == b.selection
        }
    }

    private init(_ region: ScreenRegion, area: Rect, glyphs: Glyphs.Kind, clearsOnlyBorder: Bool = false) {
        self.region = region
        self.area = area
        self.glyphs = glyphs
        self.clearsOnlyBorder = clearsOnlyBorder
    }

    static func header(_ area: Rect, state: AppState, glyphs: Glyphs) -> RenderKey {
        var key = RenderKey(.header, area: area, glyphs: glyphs.kind)
        // The title comes from its editor once the session is open; the base names the session.
        key.numbers.append(state.editors[.title] == nil ? state.baseRevision : state.base?.id.hashValue ?? 0, state.picker == nil ? 0 : 1,
                           state.campaignRevision)
        key.editor(.title, state)
        return key
    }

    static func headerStatus(_ area: Rect, _ status: StyledLine) -> RenderKey {
        var key = RenderKey(.headerStatus, area: area, glyphs: .unicode)
        key.values = Values(spans: status)
        return key
    }

    static func footer(_ area: Rect, state: AppState) -> RenderKey {
        var key = RenderKey(.footer, area: area, glyphs: .unicode)
        key.values = Values(status: state.status)
        key.numbers.append(state.prompt == nil ? -1 : state.promptRevision, state.overlay == nil ? 0 : 1,
                           state.screen == .list ? 1 : 0, state.focus.rawValue, state.skeletonBrowse == nil ? 0 : 1)
        key.numbers.append(state.leadChooser == nil ? 0 : 1)
        // The hints are decided by what is named above (they follow the key contexts); on the list
        // the footer also explains "campaign differs".
        key.numbers.append(FooterView.explainsCampaignDiffers(state) ? 1 : 0)
        // A find prompt shows the count; the footer's width is what it is cut to.
        key.numbers.append(state.prompt == nil ? -1 : state.findRevision)
        return key
    }

    static func frame(_ slot: ScreenLayout.Slot, state: AppState, glyphs: Glyphs) -> RenderKey {
        let boxed = if case .boxed = slot.style { true } else { false }
        var key = RenderKey(.frame(slot.pane), area: boxed ? slot.frame : slot.labelArea, glyphs: glyphs.kind, clearsOnlyBorder: boxed)
        key.values = Values(style: slot.style)
        key.numbers.append(state.focus == slot.pane ? 1 : 0)
        key.values?.text = PaneFrame.note(for: slot.pane, in: state)
        return key
    }

    /// What a pane shows inside its frame. Focus is an input only where it shows there: the
    /// editors' cursor, the lists' chosen row.
    static func content(_ slot: ScreenLayout.Slot, state: AppState, glyphs: Glyphs) -> RenderKey {
        var key = RenderKey(.content(slot.pane), area: slot.interior, glyphs: glyphs.kind)
        let values = Values(legend: state.diffLegend)
        key.values = values
        key.numbers.append(state.find?.pane == slot.pane ? state.findRevision : -1)
        if state.readingSelection?.pane == slot.pane { values.selection = state.readingSelection }
        switch slot.pane {
        case .title, .subject, .body:
            key.numbers.append(state.hasKeyboard(slot.pane) ? 1 : 0, state.spelling.revision)
            key.editor(slot.pane, state)
            if slot.pane == .body { key.anchor(state.scroll[.body]) }
        case .transcript:
            key.numbers.append(state.hasKeyboard(.transcript) ? 1 : 0, state.baseRevision, state.spelling.revision)
            key.anchor(state.scroll[.transcript])
            key.editor(.transcript, state)
            values.pending = state.pendingTurn
        case .skeleton:
            key.numbers.append(state.baseRevision, state.skeletonBrowse ?? -1)
            key.anchor(state.scroll[.skeleton])
            values.staged = state.stagedSkeleton
        case .examples:
            key.numbers.append(state.focus == .examples ? 1 : 0, state.baseRevision, state.selectedExample, state.leadsRevision,
                               state.campaignRevision)
            key.numbers.append(state.spelling.revision)
            key.numbers.append(ExampleView.allCases.firstIndex(of: state.exampleView) ?? 0)
            key.anchor(state.scroll[.examples])
            if state.exampleView != .example { key.draft(state) }
        case .history:
            key.numbers.append(state.focus == .history ? 1 : 0, state.baseRevision, state.selectedHistory, state.historyShowsDiff ? 1 : 0)
            key.anchor(state.scroll[.history])
            if state.historyShowsDiff { key.draft(state) }
        }
        return key
    }

    /// A row of the body: the text it is drawn from (its own bytes and the few before it that its
    /// highlighting looks at), whether that starts inside an `&&` region, and where the cursor is
    /// on it. The text itself rather than the line's revision: an edit in a line of many rows
    /// leaves the rows before it as they were.
    static func bodyRow(_ index: Int, _ area: Rect, text: Substring?, row: BodyRows.Row?, marks: [SpanMark], lineEndSelected: Bool,
                        cursorColumn: Int?, placeholder: Bool?) -> RenderKey {
        var key = RenderKey(.bodyRow(index), area: area, glyphs: .unicode)
        if let text {
            // Marks in the row's own terms, so a mark moved with the text (typing before it) keeps the row.
            let start = row.map { $0.bytes.lowerBound } ?? 0
            let relative = marks.map { SpanMark(($0.range.lowerBound - start)..<($0.range.upperBound - start), $0.overlay) }
            key.values = Values(text: String(text), marks: relative.isEmpty ? nil : relative)
        }
        key.numbers.append(row.map { $0.bytes.lowerBound - $0.resume.offset } ?? -1, row?.resume.insideFill == true ? 1 : 0)
        key.numbers.append(cursorColumn ?? -1, placeholder.map { $0 ? 1 : 0 } ?? -1)
        key.numbers.append(lineEndSelected ? 1 : 0)
        return key
    }

    private mutating func editor(_ pane: Pane, _ state: AppState) {
        guard let editor = state.editors[pane] else { return numbers.append(-1) }
        numbers.append(editor.revision, editor.cursor.line, editor.cursor.offset)
        numbers.append(editor.anchor?.line ?? -1, editor.anchor?.offset ?? -1)
    }

    /// The subject and body, which diffs and renderings of the draft are made from (their text,
    /// not their cursors).
    private mutating func draft(_ state: AppState) {
        numbers.append(state.editors[.subject]?.revision ?? -1, state.editors[.body]?.revision ?? -1)
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
