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
        if end == start { end = start + 1 } // a piece wider than the row still moves on
        return (end, examined)
    }

    public static func wrap(_ line: StyledLine, width: Int) -> [StyledLine] {
        var pieces: [Piece] = []
        var cells: [(text: String, role: StyleRole)] = []
        for span in line {
            for character in span.text {
                for cell in DisplayText.cells(of: character) {
                    pieces.append(Piece(width: cell.width, isSpace: character == " "))
                    cells.append((cell.text, cell.isControl ? .control : span.role))
                }
            }
        }
        return rows(pieces, width: width).map { range in
            var row: StyledLine = []
            var used = 0
            for (index, (text, role)) in zip(range, cells[range]) {
                used += pieces[index].width
                if used > width && pieces[index].isSpace { break } // the overhanging break space is not drawn
                if let last = row.last, last.role == role { row[row.count - 1].text += text } else { row.append(Span(text, role)) }
            }
            return row
        }
    }

    /// The rows of one line of an editor, as UTF-8 offset ranges (graphemes are never split).
    public static func rowRanges(_ line: String, width: Int) -> [Range<Int>] {
        LineRows(line, width: width).ranges
    }
}
