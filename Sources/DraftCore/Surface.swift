/// One terminal cell: a grapheme, how many columns it covers, and what it means.
public struct Cell: Equatable, Sendable {
    /// Empty for the right half of a wide character.
    public var text: String
    public var width: UInt8
    public var role: StyleRole

    public init(text: String, width: UInt8, role: StyleRole) {
        self.text = text
        self.width = width
        self.role = role
    }

    public static let blank = Cell(text: " ", width: 1, role: .normal)
}

public struct Rect: Equatable, Sendable {
    public var x, y, width, height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width <= 0 || height <= 0 }

    public func inset(by n: Int) -> Rect { Rect(x: x + n, y: y + n, width: width - 2 * n, height: height - 2 * n) }
}

/// A styled run of text.
public struct Span: Equatable, Sendable {
    public var text: String
    public var role: StyleRole

    public init(_ text: String, _ role: StyleRole = .normal) {
        self.text = text
        self.role = role
    }
}

public typealias StyledLine = [Span]

/// The in-memory screen (ratatui's Buffer): views draw here, tests read it, and the terminal
/// backend copies it to curses. Writes are clipped to the grid and go through `DisplayText`, so
/// nothing drawn can land outside the screen or reach the terminal as a control sequence.
public struct Surface: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown, if anywhere.
    public var cursor: (x: Int, y: Int)? = nil

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public static func == (lhs: Surface, rhs: Surface) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
            && lhs.cursor?.x == rhs.cursor?.x && lhs.cursor?.y == rhs.cursor?.y
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public mutating func fill(_ rect: Rect, role: StyleRole = .normal, text: String = " ") {
        let x0 = max(0, rect.x), x1 = min(width, rect.maxX)
        let y0 = max(0, rect.y), y1 = min(height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 {
            for x in x0..<x1 { cells[y * width + x] = Cell(text: text, width: 1, role: role) }
            repairWideCharacter(atRow: y, column: x0)
            repairWideCharacter(atRow: y, column: x1)
        }
    }

    /// Writes text from (x, y), clipped at `limit` (exclusive column, default the right edge).
    /// Returns the column after the last cell written.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, role: StyleRole, limit: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let end = min(width, limit ?? width)
        var column = x
        for character in text {
            // Printable ASCII, nearly every cell drawn, needs no sanitising and no piece array.
            if character.utf8.count == 1, let byte = character.utf8.first, byte >= 0x20, byte < 0x7F {
                guard column + 1 <= end else { return column }
                if column >= 0 { setCell(column, y, Cell(text: String(character), width: 1, role: role)) }
                column += 1
                continue
            }
            for piece in DisplayText.cells(of: character) {
                guard column + piece.width <= end else { return column }
                if piece.width == 0 {
                    appendCombining(piece.text, beforeColumn: column, row: y)
                    continue
                }
                if column >= 0 {
                    setCell(column, y, Cell(text: piece.text, width: UInt8(piece.width), role: piece.isControl ? .control : role))
                }
                column += piece.width
            }
        }
        return column
    }

    @discardableResult
    public mutating func put(_ line: StyledLine, x: Int, y: Int, limit: Int? = nil) -> Int {
        var column = x
        for span in line { column = put(span.text, x: column, y: y, role: span.role, limit: limit) }
        return column
    }

    /// Recolours cells without changing their text (focus marks, selections).
    public mutating func setRole(_ role: StyleRole, in rect: Rect) {
        let x0 = max(0, rect.x), x1 = min(width, rect.maxX)
        let y0 = max(0, rect.y), y1 = min(height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 { for x in x0..<x1 { cells[y * width + x].role = role } }
    }

    private mutating func setCell(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x < width else { return }
        repairWideCharacter(atRow: y, column: x)
        if cell.width == 2 { repairWideCharacter(atRow: y, column: x + 1) }
        cells[y * width + x] = cell
        if cell.width == 2, x + 1 < width {
            cells[y * width + x + 1] = Cell(text: "", width: 0, role: cell.role)
            repairWideCharacter(atRow: y, column: x + 2)
        }
    }

    /// Overwriting either half of a wide character blanks the other half, so the grid never
    /// holds half a character.
    private mutating func repairWideCharacter(atRow y: Int, column x: Int) {
        guard x >= 0, x < width else { return }
        let i = y * width + x
        if cells[i].width == 0 {
            cells[i] = .blank
            if x > 0, cells[i - 1].width == 2 { cells[i - 1] = Cell(text: " ", width: 1, role: cells[i - 1].role) }
        } else if cells[i].width == 2 {
            if x + 1 < width { cells[i + 1] = Cell(text: " ", width: 1, role: cells[i].role) }
        }
    }

    /// A combining mark with no base of its own joins the cell before it.
    private mutating func appendCombining(_ mark: String, beforeColumn column: Int, row: Int) {
        var x = column - 1
        while x >= 0, cells[row * width + x].width == 0 { x -= 1 }
        guard x >= 0, x < width else { return }
        cells[row * width + x].text += mark
    }

    /// Row `y` as plain text (wide characters once, their right halves skipped).
    public func text(row y: Int) -> String {
        var line = ""
        for x in 0..<width where cells[y * width + x].width != 0 { line += cells[y * width + x].text }
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
