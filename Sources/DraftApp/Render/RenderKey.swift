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
    /// The count at the end of the inline Subject (a region of its own: the label is at the
    /// row's start and the text between them is the content's).
    case inlineNote
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
        case .inlineNote: 17
        case .bodyRow(let row): 18 + row
        }
    }
}

/// What a region is drawn from, compared before drawing it again (see `RenderCache`). Each
/// region's input is computed once a frame and handed to its view, which reads nothing else: the
/// header and the footer what they draw, a frame its style, focus and note, a body row its text,
/// marks and cursor, a pane's content its `PaneInput` (values, and big ones by the revision that
/// names them). What the cache compares is what the view draws from.
struct RenderKey: Equatable {
    let region: ScreenRegion
    let area: Rect
    /// A pane's frame clears only its border: its content is a region of its own.
    let clearsOnlyBorder: Bool
    let glyphs: Glyphs.Kind
    let input: Input

    /// A region's input, by kind of region.
    /// The big cases are boxed (a pane's input boxes itself), so that keeping a frame's keys
    /// copies pointers.
    enum Input: Equatable {
        /// What the header's sides draw.
        case line(StyledLine)
        indirect case footer(FooterView.Input)
        indirect case frame(style: ScreenLayout.Frame, focused: Bool, note: String?)
        case pane(PaneInput)
        indirect case bodyRow(BodyRowInput)
    }

    /// No region's key: what the cache holds where no region was drawn.
    static var none: RenderKey {
        RenderKey(
            region: .header, area: Rect(x: 0, y: 0, width: 0, height: 0), clearsOnlyBorder: false, glyphs: .unicode,
            input: .line([]))
    }

    static func header(_ area: Rect, _ identity: StyledLine, glyphs: Glyphs) -> RenderKey {
        RenderKey(region: .header, area: area, clearsOnlyBorder: false, glyphs: glyphs.kind, input: .line(identity))
    }

    static func headerStatus(_ area: Rect, _ status: StyledLine) -> RenderKey {
        RenderKey(region: .headerStatus, area: area, clearsOnlyBorder: false, glyphs: .unicode, input: .line(status))
    }

    static func footer(_ area: Rect, _ input: FooterView.Input) -> RenderKey {
        RenderKey(region: .footer, area: area, clearsOnlyBorder: false, glyphs: .unicode, input: .footer(input))
    }

    static func frame(_ slot: ScreenLayout.Slot, focused: Bool, note: String?, glyphs: Glyphs) -> RenderKey {
        let boxed = if case .boxed = slot.style { true } else { false }
        return RenderKey(
            region: .frame(slot.pane), area: boxed ? slot.frame : slot.labelArea, clearsOnlyBorder: boxed,
            glyphs: glyphs.kind, input: .frame(style: slot.style, focused: focused, note: note))
    }

    static func inlineNote(_ area: Rect, _ note: StyledLine, glyphs: Glyphs) -> RenderKey {
        RenderKey(region: .inlineNote, area: area, clearsOnlyBorder: false, glyphs: glyphs.kind, input: .line(note))
    }

    static func content(_ slot: ScreenLayout.Slot, _ input: PaneInput, glyphs: Glyphs) -> RenderKey {
        RenderKey(
            region: .content(slot.pane), area: slot.interior, clearsOnlyBorder: false, glyphs: glyphs.kind,
            input: .pane(input.forKey))
    }

    /// A row of the body: the text it is drawn from (its own bytes and the few before it that its
    /// highlighting looks at), whether that starts inside an `&&` region, and where the cursor is
    /// on it. The text itself rather than the line's revision: an edit in a line of many rows
    /// leaves the rows before it as they were.
    static func bodyRow(_ index: Int, _ area: Rect, _ values: BodyRowValues) -> RenderKey {
        RenderKey(
            region: .bodyRow(index), area: area, clearsOnlyBorder: false, glyphs: .unicode,
            input: .bodyRow(BodyRowInput(values)))
    }
}

/// A row of the body as a frame has it, before any key is made: what `BodyRowInput` is made
/// from, and what a row the last frame drew is compared with where it lies. Most rows are kept
/// at each keystroke, and making each one's key (its text copied, its marks moved) cost more
/// than drawing the row that changed.
struct BodyRowValues {
    /// The row's bytes and the few before it that its highlighting looks at.
    var text: Substring?
    var row: BodyRows.Row?
    /// The marks of the row's line, in the line's terms: those over the row are its own.
    var lineMarks: [SpanMark]
    var lineEndSelected: Bool
    var cursorColumn: Int?
    var placeholder: Bool?

    /// The marks over the row, in the line's terms (none without a row: an empty range overlaps nothing).
    var marks: LazyFilterSequence<[SpanMark]> {
        let bytes = row?.bytes ?? 0..<0
        return lineMarks.lazy.filter { $0.range.overlaps(bytes) }
    }

    var resumeShift: Int? { row.map { $0.bytes.lowerBound - $0.resume.offset } }

    /// A mark in the row's own terms, so a mark moved with the text (typing before it) keeps the row.
    func own(_ mark: SpanMark) -> SpanMark {
        let start = row?.bytes.lowerBound ?? 0
        return SpanMark((mark.range.lowerBound - start)..<(mark.range.upperBound - start), mark.overlay)
    }
}

/// What one row of the body draws: its text, the marks over it, where it resumes highlighting,
/// the cursor on it, and a placeholder row's place.
struct BodyRowInput: Equatable {
    var text: String?
    var marks: [SpanMark] = []
    /// Bytes before the row's own that its highlighting looks at.
    var resumeShift: Int?
    var insideFill: Bool
    var cursorColumn: Int?
    /// For a placeholder row: whether it shows the cursor.
    var placeholder: Bool?
    var lineEndSelected: Bool

    init(_ values: BodyRowValues) {
        resumeShift = values.resumeShift
        insideFill = values.row?.resume.insideFill == true
        cursorColumn = values.cursorColumn
        placeholder = values.placeholder
        lineEndSelected = values.lineEndSelected
        if let text = values.text {
            self.text = String(text)
            marks = values.marks.map(values.own)
        }
    }

    /// Whether the input made from `values` would equal this one, made without making it.
    func matches(_ values: BodyRowValues) -> Bool {
        guard
            resumeShift == values.resumeShift, insideFill == (values.row?.resume.insideFill == true),
            cursorColumn == values.cursorColumn, placeholder == values.placeholder,
            lineEndSelected == values.lineEndSelected
        else { return false }
        guard let mine = text, let theirs = values.text else { return text == nil && values.text == nil }
        return theirs.isSameText(as: mine) && marks.elementsEqual(values.marks.lazy.map(values.own))
    }

    static func == (a: BodyRowInput, b: BodyRowInput) -> Bool {
        a.resumeShift == b.resumeShift && a.insideFill == b.insideFill && a.cursorColumn == b.cursorColumn
            && a.placeholder == b.placeholder && a.lineEndSelected == b.lineEndSelected && a.marks == b.marks
            && a.text.map { text in b.text.map(text.isSameText) ?? false } ?? (b.text == nil)
    }
}
