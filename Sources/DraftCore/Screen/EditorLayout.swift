/// How a `TextBuffer` lies on screen when soft-wrapped to a width: which visual row and column
/// the cursor is on, where a move by rows lands, and what to scroll so the cursor stays in
/// view. Only the lines it is asked about are wrapped, so the cost follows the screen.
public struct EditorLayout: Sendable {
    /// The columns text wraps at: the pane's inner width, at least 1.
    public let width: Int

    /// A layout wrapping at `width` columns; a width below 1 wraps at 1 so nothing divides by 0.
    public init(width: Int) { self.width = max(1, width) }

    /// The UTF-8 ranges of the rows a line wraps into, breaking after spaces where it can.
    public func rows(_ buffer: TextBuffer, line: Int) -> [Range<Int>] {
        if let kept = buffer.keptRows[line], kept.width == width { return kept.ranges }
        return TextWrap.rowRanges(buffer.lines[line], width: width)
    }

    /// Keeps the rows of the lines from `anchor` to the bottom of a view `height` rows tall, and
    /// of the cursor's line, so the next frames and keystrokes need not wrap them again.
    public func keepRowsInView(_ buffer: inout TextBuffer, from anchor: ScrollAnchor, height: Int) {
        buffer.keepRows(ofLine: buffer.cursor.line, width: width)
        var line = anchor.block, shown = -anchor.row
        while line < buffer.lines.count && shown < height {
            shown += buffer.keepRows(ofLine: line, width: width).ranges.count
            line += 1
        }
        buffer.forgetRows(except: anchor.block..<line, andLine: buffer.cursor.line)
    }

    /// The visual row (within its line) and display column of a position.
    public func locate(_ position: TextPosition, in buffer: TextBuffer) -> (row: Int, column: Int) {
        let ranges = rows(buffer, line: position.line)
        // The last row starting at or before the position: the end of a wrapped row is drawn as
        // the start of the next one.
        let row = ranges.lastIndex { $0.lowerBound <= position.offset } ?? 0
        let line = buffer.lines[position.line]
        let start = line.utf8Index(ranges[row].lowerBound), end = line.utf8Index(position.offset)
        return (row, DisplayWidth.of(line[start..<end]))
    }

    /// The position on a visual row nearest to a display column.
    public func position(in buffer: TextBuffer, line: Int, row: Int, column: Int) -> TextPosition {
        let ranges = rows(buffer, line: line)
        let range = ranges[min(row, ranges.count - 1)]
        let text = buffer.lines[line]
        var offset = range.lowerBound
        var used = 0
        let isLastRow = row >= ranges.count - 1
        for character in text[text.utf8Index(range.lowerBound)..<text.utf8Index(range.upperBound)] {
            let width = DisplayWidth.of(String(character))
            let next = offset + character.utf8.count
            // Stay on this row: the end of a wrapped row is the start of the next one.
            if used + width > column || (!isLastRow && next == range.upperBound) { break }
            used += width
            offset = next
        }
        return TextPosition(line: line, offset: offset)
    }

    /// Moves the cursor by visual rows (Up, Down, PgUp, PgDn), aiming at the goal column. Each
    /// line crossed is wrapped once.
    public func moveVertically(_ buffer: inout TextBuffer, byRows delta: Int) {
        let here = locate(buffer.cursor, in: buffer)
        let goal = buffer.goalColumn ?? here.column
        var line = buffer.cursor.line, row = here.row
        var rowCount = rows(buffer, line: line).count
        for _ in 0..<abs(delta) {
            if delta > 0 {
                if row + 1 < rowCount {
                    row += 1
                } else if line + 1 < buffer.lines.count {
                    line += 1
                    row = 0
                    rowCount = rows(buffer, line: line).count
                } else {
                    break
                }
            } else {
                if row > 0 {
                    row -= 1
                } else if line > 0 {
                    line -= 1
                    rowCount = rows(buffer, line: line).count
                    row = rowCount - 1
                } else {
                    break
                }
            }
        }
        buffer.place(position(in: buffer, line: line, row: row, column: goal), goalColumn: goal)
    }

    /// The scroll anchor that keeps the cursor's row within `height` rows of the view. Wraps at
    /// most the lines between the view and the cursor, and stops once past the view.
    public func anchorShowingCursor(_ buffer: TextBuffer, from anchor: ScrollAnchor, height: Int) -> ScrollAnchor {
        let cursorRow = ScrollAnchor(block: buffer.cursor.line, row: locate(buffer.cursor, in: buffer).row)
        if cursorRow < anchor { return cursorRow }
        var rowsBetween = 0
        var line = anchor.block, row = anchor.row
        while line < cursorRow.block && rowsBetween < height {
            rowsBetween += rows(buffer, line: line).count - row
            line += 1
            row = 0
        }
        if line == cursorRow.block { rowsBetween += cursorRow.row - row }
        guard rowsBetween >= height else { return anchor }
        var top = cursorRow
        var remaining = height - 1
        while remaining > 0 {
            if top.row >= remaining {
                top.row -= remaining
                break
            }
            remaining -= top.row
            guard top.block > 0 else { top.row = 0; break }
            top.block -= 1
            top.row = rows(buffer, line: top.block).count - 1
            remaining -= 1
        }
        return top
    }
}
