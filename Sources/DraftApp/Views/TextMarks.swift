import DraftCore

/// What is drawn over a pane's text: copy findings, misspelled words, the find's matches (every match in the
/// `match` role, the current one in `match_current`) and the selection. Marked before wrapping,
/// so a mark cut by a row's end is drawn on both rows.
enum TextMarks {
    /// Matches in the searchable paragraphs, in order.
    static func count(_ paragraphs: [Paragraph], _ search: TextSearch) -> Int {
        paragraphs.reduce(0) { $0 + ($1.searchable ? search.count(in: $1.text[...]) : 0) }
    }

    /// A block's paragraphs with the find's matches marked, the current one stronger.
    static func marked(_ paragraphs: [Paragraph], find: FindState?, block: Int) -> [Paragraph] {
        guard let find else { return paragraphs }
        let current: Int? = if case .block(block, let ordinal)? = find.current { ordinal } else { nil }
        var ordinal = 0
        return paragraphs.map { paragraph in
            guard paragraph.searchable else { return paragraph }
            let ranges = find.search.ranges(in: paragraph.text)
            guard !ranges.isEmpty else { return paragraph }
            var marked = paragraph
            marked.body = paragraph.body.marked(
                ranges.map { range in
                    defer { ordinal += 1 }
                    return SpanMark(range, ordinal == current ? .matchCurrent : .match)
                })
            return marked
        }
    }

    /// The marks on text of one line of a text field (all of it, or the part starting at byte
    /// `base`), relative to that text: the copy checks' findings, misspelled words over them, the
    /// find's matches over those, then the selection over all.
    static func marks(
        line: Int, text: Substring, base: Int = 0, find: FindState?, selection: Range<TextPosition>?,
        misspelled: [Range<Int>] = [], checked: [Range<Int>] = []
    ) -> [SpanMark] {
        var marks = checked.map { SpanMark($0, .check) } + misspelled.map { SpanMark($0, .misspelled) }
        if let find {
            let current: Range<TextPosition>? =
                if case .text(let range)? = find.current, range.lowerBound.line == line { range } else { nil }
            for range in find.search.ranges(in: text) {
                let isCurrent = current.map { $0.lowerBound.offset == range.lowerBound + base } ?? false
                marks.append(SpanMark(range, isCurrent ? .matchCurrent : .match))
            }
        }
        if let selection, selection.lowerBound.line <= line, selection.upperBound.line >= line {
            let lower = selection.lowerBound.line == line ? selection.lowerBound.offset - base : 0
            let upper = selection.upperBound.line == line ? selection.upperBound.offset - base : text.utf8.count
            let clipped = Range(clipping: lower, upper).clamped(to: 0..<text.utf8.count)
            if !clipped.isEmpty { marks.append(SpanMark(clipped, .selectedText)) }
        }
        return marks
    }
}
