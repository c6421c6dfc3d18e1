import DraftCore

/// One line of a reading pane before wrapping: what the pane's producers (the transcript, the
/// skeleton, an example, a draft) make, and what find marks, so a match cut by the wrap is
/// marked on each row it lands on. Wrapping happens in one place, `rows(width:)`.
struct Paragraph: Equatable {
    /// Drawn at the start of the first row: an indent, a label; later rows are indented by its width.
    var lead: StyledLine
    var body: StyledLine
    /// Whether find looks in it: the content is searched, the app's own labels and notes are not.
    var searchable: Bool

    init(_ body: StyledLine, lead: StyledLine = [], searchable: Bool = true) {
        self.lead = lead
        self.body = body
        self.searchable = searchable
    }

    static let blank = Paragraph([], searchable: false)

    /// Text of the app's own (a heading, a hint, a placeholder): shown, never searched.
    static func note(_ body: StyledLine, indent: Int = 0) -> Paragraph {
        Paragraph(body, lead: indent > 0 ? [Span(String(repeating: " ", count: indent))] : [], searchable: false)
    }

    static func indented(_ body: StyledLine, by indent: Int) -> Paragraph {
        Paragraph(body, lead: indent > 0 ? [Span(String(repeating: " ", count: indent))] : [])
    }

    /// A label followed by a value on the same row, the value wrapped under its own column.
    static func labelled(
        _ label: String, _ value: StyledLine, indent: Int = 0, labelWidth: Int,
        role: StyleRole = .label
    ) -> Paragraph {
        let lead = [Span(String(repeating: " ", count: indent)), Span(label.padded(toWidth: labelWidth), role)]
        return Paragraph(value, lead: lead)
    }

    /// Multi-line template text (drafts, examples), highlighted: one paragraph a line.
    static func template(_ text: String, indent: Int = 0, base: StyleRole = .normal) -> [Paragraph] {
        TemplateHighlighter.lines(text, base: base).map { indented($0, by: indent) }
    }

    var text: String { body.map(\.text).joined() }

    func rows(width: Int) -> [StyledLine] {
        let leadWidth = lead.reduce(0) { $0 + DisplayWidth.of($1.text) }
        let rows = TextWrap.wrap(body, width: max(1, width - leadWidth))
        guard leadWidth > 0 else { return rows }
        let pad = Span(String(repeating: " ", count: leadWidth))
        return rows.enumerated().map { index, row in (index == 0 ? lead : [pad]) + row }
    }
}

extension Array where Element == Paragraph {
    func rows(width: Int) -> [StyledLine] { flatMap { $0.rows(width: width) } }
}
