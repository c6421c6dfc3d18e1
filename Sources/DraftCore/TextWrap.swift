/// Soft-wraps styled text to a width in cells: at spaces when it can, inside a word only when
/// one word is wider than the row. Widths come from `DisplayText`, the same source the surface
/// draws with, so a wrapped row always fits.
public enum TextWrap {
    struct Piece {
        var text: String
        var width: Int
        var role: StyleRole
        var isSpace: Bool
    }

    public static func wrap(_ line: StyledLine, width: Int) -> [StyledLine] {
        guard width > 0 else { return [line] }
        var pieces: [Piece] = []
        for span in line {
            for character in span.text {
                for cell in DisplayText.cells(of: character) {
                    pieces.append(Piece(text: cell.text, width: cell.width, role: cell.isControl ? .control : span.role,
                                        isSpace: character == " "))
                }
            }
        }
        var rows: [StyledLine] = []
        var start = 0
        while start < pieces.count {
            var used = 0
            var end = start
            var lastBreak: Int? = nil
            while end < pieces.count, used + pieces[end].width <= width {
                used += pieces[end].width
                if pieces[end].isSpace { lastBreak = end }
                end += 1
            }
            if end < pieces.count, end > start, !pieces[end].isSpace, let lastBreak, lastBreak > start {
                end = lastBreak + 1
            }
            if end == start { end = start + 1 } // a piece wider than the row still moves on
            rows.append(merge(pieces[start..<end]))
            start = end
            // The space a row broke at is not carried to the start of the next.
            if start < pieces.count, pieces[start].isSpace, end > 0, !pieces[end - 1].isSpace { start += 1 }
        }
        return rows.isEmpty ? [[]] : rows
    }

    /// Plain text split at newlines, then wrapped.
    public static func wrap(_ text: String, role: StyleRole, width: Int) -> [StyledLine] {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { wrap([Span(String($0), role)], width: width) }
    }

    private static func merge(_ pieces: ArraySlice<Piece>) -> StyledLine {
        var line: StyledLine = []
        for piece in pieces {
            if let last = line.last, last.role == piece.role {
                line[line.count - 1].text += piece.text
            } else {
                line.append(Span(piece.text, piece.role))
            }
        }
        return line
    }
}
