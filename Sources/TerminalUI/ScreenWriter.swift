import DraftCore

/// Turns a surface into the bytes that make the terminal show it, given the surface it shows
/// now: only the cells that differ are written, rows that did not change are skipped after a
/// byte comparison, the cursor is moved only where writing did not already leave it, and a look
/// is selected only when it changes. Plain data in, bytes out, so tests can read what a frame
/// sends.
struct ScreenWriter {
    private var palette: Palette
    /// Without a UTF-8 locale only ASCII can be shown: other characters go out as '?'.
    private let asciiOnly: Bool
    /// Terminals that scroll when the bottom-right cell is written (no `xenl`) never get it.
    private let writesBottomRight: Bool
    /// The look of a cleared screen: a blank in it needs no writing after a clear.
    private let clearedLook: Int
    private var cursor: (x: Int, y: Int)?
    private var look: Int?
    private var cursorShown: Bool?

    init(palette: Palette, asciiOnly: Bool, writesBottomRight: Bool, normalIsPlain: Bool) {
        self.palette = palette
        self.asciiOnly = asciiOnly
        self.writesBottomRight = writesBottomRight
        clearedLook = normalIsPlain ? Palette.index(.normal, nil) : -1
    }

    /// The bytes that turn `previous` (nil: unknown, clear first) into `surface`.
    mutating func frame(_ surface: Surface, previous: Surface?, into out: inout [UInt8]) {
        if let previous, previous.width == surface.width, previous.height == surface.height {
            changes(to: surface, from: previous, into: &out)
        } else {
            out += Array("\u{1B}[0m\u{1B}[H\u{1B}[2J".utf8)
            look = Palette.index(.normal, nil)
            cursor = (0, 0)
            whole(surface, into: &out)
        }
        if let target = surface.cursor, target.x < surface.width, target.y < surface.height {
            move(to: target, into: &out)
            show(true, into: &out)
        } else {
            show(false, into: &out)
        }
    }

    /// After a clear: every cell that is not a blank of the cleared screen's look.
    private mutating func whole(_ surface: Surface, into out: inout [UInt8]) {
        let cleared = clearedLook  // read before: the writing below has `self` to itself
        for y in 0..<(surface.width > 0 ? surface.height : 0) {
            write(row: y, columns: 0...(surface.width - 1), of: surface, into: &out) { cell, _ in
                cell.glyph == 0x20 && !cell.isCluster && Palette.index(cell.role, cell.overlay) == cleared
            }
        }
    }

    /// The cells that differ from the frame shown. A frame made from the one shown says which
    /// rows it drew anew: only they can differ, and only the span of a row that changed is
    /// looked at cell by cell. (The frame shown is not an optional here: binding one in the
    /// cell loop would copy the surface at every cell.)
    private mutating func changes(to surface: Surface, from known: Surface, into out: inout [UInt8]) {
        let changedRows =
            known.lineage.flatMap { shown in surface.lineage.flatMap { $0.base == shown.frame ? $0.changedRows : nil } }
        // A surface with no columns has nothing to write (and no cells to compare).
        for y in 0..<(surface.width > 0 ? surface.height : 0) {
            if let changedRows, !changedRows.contains(where: { $0.contains(y) }) { continue }
            guard let columns = surface.changedColumns(row: y, from: known) else { continue }
            write(row: y, columns: columns, of: surface, into: &out) { cell, x in
                surface.cellEquals(x, y, known)
                    && (cell.width < 2 || x + 1 >= surface.width || surface.cellEquals(x + 1, y, known))
            }
        }
    }

    /// Writes the cells of a row's columns that `unchanged` does not pass over. A change inside a
    /// wide character starts at its left half; the right half is written with it.
    private mutating func write(
        row y: Int, columns: ClosedRange<Int>, of surface: Surface, into out: inout [UInt8],
        unless unchanged: (Cell, Int) -> Bool
    ) {
        var x = columns.lowerBound
        while x > 0, surface[x, y].width == 0 { x -= 1 }
        while x <= columns.upperBound {
            let cell = surface[x, y], at = x
            x += max(1, Int(cell.width))
            if cell.width == 0 || unchanged(cell, at) { continue }
            // Terminals that scroll when the bottom-right cell is written never get it.
            if !writesBottomRight && y == surface.height - 1 && at + Int(cell.width) >= surface.width { continue }
            write(cell, x: at, y: y, in: surface, into: &out)
        }
    }

    /// Forget what the terminal shows (after another program used it).
    mutating func invalidate() {
        cursor = nil
        look = nil
        cursorShown = nil
    }

    private mutating func write(_ cell: Cell, x: Int, y: Int, in surface: Surface, into out: inout [UInt8]) {
        move(to: (x, y), into: &out)
        let index = Palette.index(cell.role, cell.overlay)
        if look != index {
            out += palette.sequence(cell.role, cell.overlay)
            look = index
        }
        if cell.isCluster {
            let text = surface.text(of: cell)
            if asciiOnly { out.append(0x3F) } else { out += Array(text.utf8) }
        } else if cell.glyph < 0x80 {
            out.append(UInt8(cell.glyph == 0 ? 0x20 : cell.glyph))
        } else if asciiOnly || Unicode.Scalar(cell.glyph) == nil {
            out.append(0x3F)
        } else {
            let scalar = Unicode.Scalar(cell.glyph)!
            out += Array(String(Character(scalar)).utf8)
        }
        let next = x + Int(cell.width)
        // At the right edge the terminal holds the cursor in a pending wrap: where it is is not known.
        cursor = next < surface.width ? (next, y) : nil
    }

    private mutating func move(to target: (x: Int, y: Int), into out: inout [UInt8]) {
        if let cursor, cursor.x == target.x, cursor.y == target.y { return }
        out += [0x1B, 0x5B]
        Self.appendDecimal(target.y + 1, to: &out)
        out.append(0x3B)
        Self.appendDecimal(target.x + 1, to: &out)
        out.append(0x48)
        cursor = target
    }

    /// A positive number's digits, written without making a string (a frame moves the cursor often).
    private static func appendDecimal(_ number: Int, to out: inout [UInt8]) {
        if number >= 10 { appendDecimal(number / 10, to: &out) }
        out.append(0x30 + UInt8(number % 10))
    }

    private mutating func show(_ visible: Bool, into out: inout [UInt8]) {
        guard cursorShown != visible else { return }
        out += Array((visible ? "\u{1B}[?25h" : "\u{1B}[?25l").utf8)
        cursorShown = visible
    }
}
