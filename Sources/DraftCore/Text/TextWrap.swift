/// Soft-wraps text to a width in cells: at spaces when it can, inside a word only when one word
/// is wider than the row. Widths come from `DisplayText`, the same source the surface draws
/// with, so a wrapped row always fits. The styled wrap (for reading) and the editor's row
/// ranges (for the cursor) share one breaking rule.
public enum TextWrap {
    /// One drawable unit: a grapheme (or one cell of a control character's caret form).
    struct Piece {
        var width: Int
        var isSpace: Bool
    }

    /// Which pieces go on which row. The space a row breaks at stays on the row it ends.
    static func rows(_ pieces: [Piece], width: Int) -> [Range<Int>] {
        guard width > 0, !pieces.isEmpty else { return [0..<pieces.count] }
        var rows: [Range<Int>] = []
        var start = 0
        while start < pieces.count {
            let end = nextRow(from: start, width: width) { $0 < pieces.count ? pieces[$0] : nil }.end
            rows.append(start..<end)
            start = end
        }
        return rows
    }

    /// The row that starts at piece `start`: where it ends, and the last piece looked at to
    /// decide that (`examined`; past the text when the row reached its end). A row depends on
    /// nothing but the pieces from its start to `examined`, which is what lets `LineRows`
    /// rewrap only the rows an edit can move.
    static func nextRow(from start: Int, width: Int, _ piece: (Int) -> Piece?) -> (end: Int, examined: Int) {
        var used = 0
        var end = start
        var lastBreak: Int? = nil
        while let next = piece(end), used + next.width <= width {
            used += next.width
            if next.isSpace { lastBreak = end }
            end += 1
        }
        let examined = end
        if end > start, let next = piece(end), !next.isSpace, let lastBreak, lastBreak > start {
            end = lastBreak + 1
        }
        // The space a row breaks at belongs to that row, even past the edge: it is never
        // carried to the start of the next row.
        if end > start, let next = piece(end), next.isSpace, piece(end - 1)?.isSpace == false { end += 1 }
        if end == start { end = start + 1 }  // a piece wider than the row still moves on
        return (end, examined)
    }

    /// A styled line wrapped to `width` columns, breaking after spaces where it can.
    public static func wrap(_ line: StyledLine, width: Int) -> [StyledLine] {
        // A line that fits needs no breaking: the common case, measured without building pieces.
        var total = 0
        for span in line where total <= width { total += DisplayWidth.of(span.text) }
        if total <= width { return [line] }
        var pieces: [Piece] = []
        var owners: [(span: Int, range: Range<String.Index>)] = []
        for (index, span) in line.enumerated() {
            let text = span.text
            var i = text.startIndex
            while i < text.endIndex {
                let character = text[i]
                let next = text.index(after: i)
                pieces.append(Piece(width: DisplayText.width(of: character), isSpace: character == " "))
                owners.append((index, i..<next))
                i = next
            }
        }
        return rows(pieces, width: width).map { range in
            var row: StyledLine = []
            var used = 0
            var run: (span: Int, range: Range<String.Index>)? = nil
            func flush() {
                guard let run else { return }
                let span = line[run.span]
                row.append(Span(String(span.text[run.range]), span.role, overlay: span.overlay))
            }
            // A row the wrap began shows no spaces before its text: the second of two spaces
            // ("words  (hint)") would indent it. Text is read here, never edited.
            var leading = range.lowerBound > 0
            for index in range {
                if leading && pieces[index].isSpace { continue }
                leading = false
                used += pieces[index].width
                if used > width && pieces[index].isSpace { break }  // the overhanging break space is not drawn
                let owner = owners[index]
                if let current = run, current.span == owner.span {
                    run = (current.span, current.range.lowerBound..<owner.range.upperBound)
                } else {
                    flush()
                    run = owner
                }
            }
            flush()
            return row
        }
    }

    /// The rows of one line of an editor, as UTF-8 offset ranges (graphemes are never split).
    public static func rowRanges(_ line: String, width: Int) -> [Range<Int>] {
        LineRows(line, width: width).ranges
    }
}
