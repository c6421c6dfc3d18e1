/// The in-memory screen (ratatui's Buffer): views draw here, tests read it, and the terminal
/// backend copies it to curses. Writes are clipped to the grid and go through `DisplayText`, so
/// nothing drawn can land outside the screen or reach the terminal as a control sequence.
public struct Surface: Sendable {
    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    /// The cells row by row; tests read them, the terminal backend diffs them.
    public private(set) var cells: [Cell]
    /// The graphemes of more than one scalar (emoji sequences, letters with marks) that cells
    /// point to; rare, so one table per screen is enough.
    public private(set) var clusters: [String] = []
    /// Where the terminal cursor should be shown, if anywhere.
    public var cursor: (x: Int, y: Int)? = nil
    /// Set by a renderer that made this frame from an earlier one: which one, and the rows drawn
    /// anew since. A writer showing that earlier frame compares only those rows with it, so a
    /// keystroke reads the rows it changed, not the whole screen. Nil: compare every row.
    public var lineage: Lineage?

    /// A frame's place in a line of frames (see `lineage`).
    public struct Lineage: Sendable {
        /// Names this frame.
        public let frame: Int
        /// The frame this one was made from.
        public let base: Int?
        /// The rows that may differ from `base`: every other row is as it was there.
        public let changedRows: [Range<Int>]

        /// A frame made from `base` where only `changedRows` were drawn anew; `base` nil for a
        /// frame drawn whole.
        public init(frame: Int, base: Int?, changedRows: [Range<Int>]) {
            self.frame = frame
            self.base = base
            self.changedRows = changedRows
        }
    }

    /// A surface of blank cells.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The cell at a column and row; both must be inside.
    public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    /// The whole surface as a rectangle, to clip against.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The grapheme a cell shows ("" for the right half of a wide character).
    public func text(of cell: Cell) -> String {
        if cell.isCluster { return clusters[Int(cell.glyph & ~Cell.clusterFlag)] }
        if cell.width == 0 && cell.glyph == 0 { return "" }
        return Unicode.Scalar(cell.glyph).map { String(Character($0)) } ?? ""
    }

    /// The text one cell shows, a cluster's whole grapheme included.
    public func text(atX x: Int, y: Int) -> String { text(of: self[x, y]) }

    /// Paints a rectangle with one glyph in one role: a pane's background, a cleared region.
    public mutating func fill(_ rect: Rect, role: StyleRole = .normal, glyph: Unicode.Scalar = " ") {
        let x0 = max(0, rect.x), x1 = min(width, rect.maxX)
        let y0 = max(0, rect.y), y1 = min(height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        let cell = Cell(glyph: glyph.value, width: 1, role: role)
        let width = self.width
        for y in y0..<y1 {
            clearLeftHalf(before: x0, row: y)
            cells.withUnsafeMutableBufferPointer { buffer in
                UnsafeMutableBufferPointer(rebasing: buffer[(y * width + x0)..<(y * width + x1)]).update(
                    repeating: cell)
            }
            clearOrphan(at: x1, row: y)
        }
    }

    /// `count` copies of a one-column character (box drawing) from (x, y).
    @discardableResult
    public mutating func repeated(
        _ glyph: Unicode.Scalar, count: Int, x: Int, y: Int, role: StyleRole, limit: Int? = nil
    ) -> Int {
        let end = min(width, limit ?? width, x + max(0, count))
        guard y >= 0, y < height, x < end else { return max(x, min(end, x + max(0, count))) }
        fill(Rect(x: x, y: y, width: end - x, height: 1), role: role, glyph: glyph)
        return end
    }

    /// Writes text from (x, y), clipped at `limit` (exclusive column, default the right edge).
    /// Returns the column after the last cell written. An accent with no letter before it in
    /// the text (a line that starts with one) is not drawn: it would join the cell left of
    /// `start` (default x), which belongs to something else, a label or another pane.
    @discardableResult
    public mutating func put(
        _ text: some StringProtocol, x: Int, y: Int, role: StyleRole, overlay: StyleRole? = nil,
        limit: Int? = nil, start: Int? = nil
    ) -> Int {
        guard y >= 0, y < height else { return x }
        let end = min(width, limit ?? width)
        let start = start ?? x
        let substring = Substring(text)
        var column = x
        let handled: Void? = substring.utf8.withContiguousStorageIfAvailable { bytes in
            var i = 0
            while i < bytes.count, column < end {
                let byte = bytes[i]
                // Printable ASCII followed by ASCII (or nothing) is a whole grapheme: nearly every cell drawn.
                if byte >= 0x20, byte < 0x7F, i + 1 == bytes.count || bytes[i + 1] < 0x80 {
                    var j = i + 1
                    while j < bytes.count, bytes[j] >= 0x20, bytes[j] < 0x7F,
                        j + 1 == bytes.count || bytes[j + 1] < 0x80
                    { j += 1 }
                    column = putASCII(bytes, i..<j, column: column, row: y, end: end, role: role, overlay: overlay)
                    i = j
                    continue
                }
                // A scalar that is a grapheme of its own, followed by another or by ASCII: one cell
                // (or two) without breaking graphemes; curly quotes and dashes are common in copy.
                let (scalar, length) = bytes.scalar(at: i)
                if let cellWidth = DisplayWidth.standalone(scalar), cellWidth > 0,
                    i + length == bytes.count || bytes[i + length] < 0x80
                        || DisplayWidth.standalone(bytes.scalar(at: i + length).value) != nil
                {
                    guard column + cellWidth <= end else { return }
                    if column >= 0 {
                        setCell(column, y, Cell(glyph: scalar, width: UInt8(cellWidth), role: role, overlay: overlay))
                    }
                    column += cellWidth
                    i += length
                    continue
                }
                let index = substring.utf8.index(substring.utf8.startIndex, offsetBy: i)
                let character = substring[index...].first!
                guard
                    let next = putCharacter(
                        character, column: column, row: y, end: end, start: start, role: role, overlay: overlay)
                else { return }
                column = next
                i += character.utf8.count
            }
        }
        if handled == nil {
            for character in substring {
                guard
                    let next = putCharacter(
                        character, column: column, row: y, end: end, start: start, role: role, overlay: overlay)
                else { break }
                column = next
            }
        }
        return column
    }

    /// Writes a styled line from a cell, cut at `limit` columns; returns the columns written.
    @discardableResult
    public mutating func put(_ line: StyledLine, x: Int, y: Int, limit: Int? = nil) -> Int {
        var column = x
        for span in line {
            column = put(span.text, x: column, y: y, role: span.role, overlay: span.overlay, limit: limit, start: x)
        }
        return column
    }

    /// Recolours cells without changing their text (the chosen row of a list).
    public mutating func setRole(_ role: StyleRole, in rect: Rect) {
        forEachCell(in: rect) { $0.role = role }
    }

    /// Marks cells with an overlay (a mouse selection in a reading pane).
    public mutating func setOverlay(_ overlay: StyleRole?, in rect: Rect) {
        forEachCell(in: rect) { $0.overlay = overlay }
    }

    private mutating func forEachCell(in rect: Rect, _ change: (inout Cell) -> Void) {
        let x0 = max(0, rect.x), x1 = min(width, rect.maxX)
        let y0 = max(0, rect.y), y1 = min(height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 { for x in x0..<x1 { change(&cells[y * width + x]) } }
    }

    /// A block of this surface as a surface of its own (a pane, kept to be drawn again).
    public func cropped(to rect: Rect) -> Surface {
        let x0 = max(0, rect.x), x1 = min(width, rect.maxX), y0 = max(0, rect.y), y1 = min(height, rect.maxY)
        var block = Surface(width: max(0, x1 - x0), height: max(0, y1 - y0))
        guard !block.bounds.isEmpty else { return block }
        for y in y0..<y1 { block.copyRow(from: self, row: y, columns: x0..<x1, to: 0, row: y - y0) }
        return block
    }

    /// Draws a block made by `cropped(to:)` with its top left corner at (x, y).
    public mutating func paste(_ block: Surface, x: Int, y: Int) {
        let x0 = max(0, x), x1 = min(width, x + block.width)
        guard x0 < x1 else { return }
        for row in Range(clipping: max(0, y), min(height, y + block.height)) {
            clearLeftHalf(before: x0, row: row)
            copyRow(from: block, row: row - y, columns: (x0 - x)..<(x1 - x), to: x0, row: row)
            // A clipped block may start on a right half or end on a left half: those become blanks.
            if cells[row * width + x0].width == 0 { cells[row * width + x0] = .blank }
            if cells[row * width + x1 - 1].width == 2 { cells[row * width + x1 - 1] = .blank }
            clearOrphan(at: x1, row: row)
        }
    }

    /// Copies a block of a surface of the same size to the same place here.
    public mutating func copy(_ rect: Rect, from source: Surface) {
        let x0 = max(0, rect.x), x1 = min(width, source.width, rect.maxX)
        guard x0 < x1 else { return }
        for row in Range(clipping: max(0, rect.y), min(height, source.height, rect.maxY)) {
            clearLeftHalf(before: x0, row: row)
            copyRow(from: source, row: row, columns: x0..<x1, to: x0, row: row)
            clearOrphan(at: x1, row: row)
        }
    }

    /// Copies cells of one row of `source`, bringing the clusters they point to into this table.
    private mutating func copyRow(from source: Surface, row sourceRow: Int, columns: Range<Int>, to x: Int, row: Int) {
        let sourceStart = sourceRow * source.width + columns.lowerBound, start = row * width + x
        guard !source.clusters.isEmpty else {
            cells.withUnsafeMutableBufferPointer { target in
                source.cells.withUnsafeBufferPointer { from in
                    let rows = UnsafeMutableBufferPointer(rebasing: target[start..<(start + columns.count)])
                    _ = rows.update(fromContentsOf: from[sourceStart..<(sourceStart + columns.count)])
                }
            }
            return
        }
        for k in 0..<columns.count {
            var cell = source.cells[sourceStart + k]
            if cell.isCluster {
                clusters.append(source.text(of: cell))
                cell.glyph = UInt32(clusters.count - 1) | Cell.clusterFlag
            }
            cells[start + k] = cell
        }
    }

    // MARK: Writing cells

    private mutating func putASCII(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, column: Int, row: Int, end: Int,
        role: StyleRole, overlay: StyleRole?
    ) -> Int {
        var first = range.lowerBound, start = column
        if start < 0 {  // clipped on the left
            first += min(range.count, -start)
            start = max(0, start)
            if first >= range.upperBound { return column + range.count }
        }
        let count = min(range.upperBound - first, end - start)
        guard count > 0 else { return start }
        clearLeftHalf(before: start, row: row)
        let base = row * width + start
        cells.withUnsafeMutableBufferPointer { buffer in
            for k in 0..<count {
                buffer[base + k] = Cell(glyph: UInt32(bytes[first + k]), width: 1, role: role, overlay: overlay)
            }
        }
        clearOrphan(at: start + count, row: row)
        return start + count
    }

    /// Draws one grapheme; nil once it no longer fits before `end`.
    private mutating func putCharacter(
        _ character: Character, column: Int, row: Int, end: Int, start: Int, role: StyleRole,
        overlay: StyleRole?
    ) -> Int? {
        var column = column
        let scalars = character.unicodeScalars
        if scalars.count == 1, let scalar = scalars.first, !DisplayText.isControl(scalar),
            !DisplayText.isInvisibleFormat(scalar)
        {
            let width = DisplayWidth.of(character)
            guard column + width <= end else { return nil }
            if width == 0 {
                if column > start { appendCombining(String(character), beforeColumn: column, row: row) }
            } else if column >= 0 {
                setCell(column, row, Cell(glyph: scalar.value, width: UInt8(width), role: role, overlay: overlay))
            }
            return column + width
        }
        for piece in DisplayText.cells(of: character) {
            guard column + piece.width <= end else { return nil }
            if piece.width == 0 {
                if column > start { appendCombining(piece.text, beforeColumn: column, row: row) }
                continue
            }
            if column >= 0 {
                let pieceScalars = piece.text.unicodeScalars
                let glyph: UInt32
                if pieceScalars.count == 1 {
                    glyph = pieceScalars.first!.value
                } else {
                    clusters.append(piece.text)
                    glyph = UInt32(clusters.count - 1) | Cell.clusterFlag
                }
                setCell(
                    column, row,
                    Cell(
                        glyph: glyph, width: UInt8(piece.width), role: piece.isControl ? .control : role,
                        overlay: overlay))
            }
            column += piece.width
        }
        return column
    }

    private mutating func setCell(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x + Int(cell.width) <= width else { return }
        clearLeftHalf(before: x, row: y)
        cells[y * width + x] = cell
        if cell.width == 2 {
            cells[y * width + x + 1] = Cell(glyph: 0, width: 0, role: cell.role, overlay: cell.overlay)
        }
        clearOrphan(at: x + Int(cell.width), row: y)
    }

    /// Overwriting either half of a wide character blanks the other half, so the grid never
    /// holds half a character. Before cells from `x` on are written: a wide character whose right
    /// half is at `x` keeps no left half either.
    private mutating func clearLeftHalf(before x: Int, row y: Int) {
        guard x > 0, x < width, cells[y * width + x].width == 0 else { return }
        let left = y * width + x - 1
        if cells[left].width == 2 { cells[left] = Cell(glyph: 0x20, width: 1, role: cells[left].role) }
    }

    /// After cells up to `x` were written: a right half left at `x` without its character goes.
    private mutating func clearOrphan(at x: Int, row y: Int) {
        guard x >= 0, x < width, cells[y * width + x].width == 0 else { return }
        cells[y * width + x] = .blank
    }

    /// A combining mark with no base of its own joins the cell before it.
    private mutating func appendCombining(_ mark: String, beforeColumn column: Int, row: Int) {
        var x = min(column, width) - 1
        while x >= 0, cells[row * width + x].width == 0 { x -= 1 }
        guard x >= 0 else { return }
        let i = row * width + x
        clusters.append(text(of: cells[i]) + mark)
        cells[i].glyph = UInt32(clusters.count - 1) | Cell.clusterFlag
    }

    // MARK: Reading

    /// Row `y` as plain text (wide characters once, their right halves skipped).
    public func text(row y: Int) -> String {
        var line = ""
        for x in 0..<width where cells[y * width + x].width != 0 { line += text(of: cells[y * width + x]) }
        return line
    }

    /// The whole screen as text, trailing blanks trimmed: what snapshot tests compare.
    public var textLines: [String] {
        (0..<height).map { y in
            var line = text(row: y)
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
