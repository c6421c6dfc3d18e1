/// The soft-wrapped rows of one editor line, kept so that an edit rewraps only the rows it can
/// move. A paste with no line breaks makes a line of thousands of rows; wrapping it whole on
/// every keystroke would make typing cost follow the document instead of the screen.
public struct LineRows: Equatable, Sendable {
    /// The columns the line wraps at.
    public let width: Int
    /// UTF-8 offset ranges, one per row; `[0..<0]` for an empty line.
    public private(set) var ranges: [Range<Int>]
    /// Per row, the UTF-8 offset just past the last piece looked at to place its end.
    private var examinedEnds: [Int]

    /// Grapheme boundaries depend on the characters around them, so an edit is taken to reach
    /// this many bytes back as well.
    static let contextBytes = 32

    /// The rows of a line wrapped whole: the first time a line is shown.
    public init(_ line: String, width: Int) {
        self.width = max(1, width)
        ranges = []
        examinedEnds = []
        var rows: [Range<Int>] = [], ends: [Int] = []
        wrap(line, fromRowStart: 0, into: &rows, &ends)
        (ranges, examinedEnds) = rows.isEmpty ? ([0..<0], [0]) : (rows, ends)
    }

    /// Updates the rows after `removed` at `offset` became `inserted`; `line` is the text after
    /// the edit. Only the rows from the first one that looked at the edited bytes are rewrapped,
    /// until a row starts where an old row started in the unchanged text after the edit.
    public mutating func repair(_ line: String, editAt offset: Int, removed: String, inserted: String) {
        let insertedEnd = offset + inserted.utf8.count
        guard insertedEnd <= line.utf8.count,
            !LineRows.pairsRegionalIndicators(line, around: offset, insertedEnd, removed, inserted)
        else {
            self = LineRows(line, width: width)
            return
        }
        let first =
            LineRows.firstIndex(in: examinedEnds, above: offset - LineRows.contextBytes) ?? max(0, ranges.count - 1)
        let delta = inserted.utf8.count - removed.utf8.count
        var fresh: [Range<Int>] = [], freshEnds: [Int] = []
        let match = wrap(
            line, fromRowStart: ranges[first].lowerBound, into: &fresh, &freshEnds,
            resyncAfter: first, from: insertedEnd + LineRows.contextBytes, delta: delta)
        // The rows after the resync are the old ones moved by the edit: shifted where they lie,
        // so a keystroke in a line of thousands of rows copies none of them.
        let tail = match ?? ranges.count
        for i in tail..<ranges.count {
            ranges[i] = (ranges[i].lowerBound + delta)..<(ranges[i].upperBound + delta)
            examinedEnds[i] += delta
        }
        ranges.replaceSubrange(first..<tail, with: fresh)
        examinedEnds.replaceSubrange(first..<tail, with: freshEnds)
        if ranges.isEmpty {
            ranges = [0..<0]
            examinedEnds = [0]
        }
    }

    /// Flags pair up in runs of regional indicators of any length, so an edit touching one can
    /// regroup characters far away: such edits rewrap the whole line.
    private static func pairsRegionalIndicators(
        _ line: String, around offset: Int, _ insertedEnd: Int,
        _ removed: String, _ inserted: String
    ) -> Bool {
        func isIndicator(_ scalar: Unicode.Scalar?) -> Bool {
            scalar.map { (0x1F1E6...0x1F1FF).contains($0.value) } ?? false
        }
        let scalars = line.unicodeScalars
        let before = offset > 0 ? scalars[scalars.index(before: line.utf8Index(offset))] : nil
        let after = insertedEnd < line.utf8.count ? scalars[line.utf8Index(insertedEnd)] : nil
        return isIndicator(before) || isIndicator(after)
            || removed.unicodeScalars.contains { isIndicator($0) }
            || inserted.unicodeScalars.contains { isIndicator($0) }
    }

    /// Wraps `line` from a row start into `rows`; with `resyncAfter`, stops at the first row past
    /// `from` that starts where an old row after that one started (shifted by `delta`), and
    /// returns that old row's index.
    @discardableResult
    private func wrap(
        _ line: String, fromRowStart start: Int, into rows: inout [Range<Int>], _ ends: inout [Int],
        resyncAfter after: Int? = nil, from: Int = 0, delta: Int = 0
    ) -> Int? {
        var contiguous = line
        let text = line
        return contiguous.withUTF8 { bytes in
            var rowStart = start
            while rowStart < bytes.count {
                if let after, rowStart >= from,
                    let match = LineRows.rowStarting(at: rowStart - delta, in: ranges, after: after)
                {
                    return match
                }
                let (end, examinedEnd) =
                    LineRows.asciiRow(bytes, from: rowStart, width: width)
                    ?? {
                        var pieces = PieceStream(text, bytes: bytes, from: rowStart)
                        let (end, examined) = TextWrap.nextRow(from: 0, width: width) { pieces.piece($0) }
                        return (pieces.offset(end), pieces.offset(examined + 1))
                    }()
                rows.append(rowStart..<end)
                ends.append(examinedEnd)
                rowStart = end
            }
            return nil
        }
    }

    /// The row `TextWrap.nextRow` would make from `start`, found on the bytes when everything it
    /// looks at is printable ASCII (one column a byte, every byte a grapheme): the common case,
    /// and what keeps a long paste's rewrapping cheap. Nil when the row needs graphemes measured.
    private static func asciiRow(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, width: Int) -> (
        end: Int, examinedEnd: Int
    )? {
        let limit = min(bytes.count, start + width)
        let space = UInt8(ascii: " ")
        // The row's bytes, the first byte past it and the one after that (which could combine
        // with it), and the last space in the row, in one pass: a pasted blob is thousands of rows.
        var lastBreak = -1
        for i in start..<min(bytes.count, limit + 2) {
            let byte = bytes[i]
            if byte < 0x20 || byte >= 0x7F { return nil }
            if byte == space && i < limit { lastBreak = i }
        }
        guard limit < bytes.count else { return (bytes.count, bytes.count) }
        var end = limit
        if bytes[end] != space, lastBreak > start { end = lastBreak + 1 }
        // The space a row breaks at belongs to that row, even past the edge.
        if end > start, end < bytes.count, bytes[end] == space, bytes[end - 1] != space { end += 1 }
        if end == start { end = start + 1 }
        return (end, limit + 1)
    }

    /// The first index whose value is above `value` in ascending `values` (a binary search).
    private static func firstIndex(in values: [Int], above value: Int) -> Int? {
        var low = 0, high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] > value { high = middle } else { low = middle + 1 }
        }
        return low < values.count ? low : nil
    }

    /// The index of the old row that starts at `offset`, searching rows after `after`.
    private static func rowStarting(at offset: Int, in ranges: [Range<Int>], after: Int) -> Int? {
        var low = after + 1, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].lowerBound < offset { low = middle + 1 } else { high = middle }
        }
        return low < ranges.count && ranges[low].lowerBound == offset ? low : nil
    }
}

/// The graphemes of a line from some offset on, measured only as far as the wrapper asks.
private struct PieceStream {
    private let line: String
    private let bytes: UnsafeBufferPointer<UInt8>
    private var nextOffset: Int
    private var pieces: [TextWrap.Piece] = []
    private var offsets: [Int] = []

    /// `bytes` are the line's UTF-8, valid while the stream is used.
    init(_ line: String, bytes: UnsafeBufferPointer<UInt8>, from offset: Int) {
        self.line = line
        self.bytes = bytes
        nextOffset = offset
    }

    mutating func piece(_ index: Int) -> TextWrap.Piece? {
        while pieces.count <= index {
            guard nextOffset < bytes.count else { return nil }
            offsets.append(nextOffset)
            let byte = bytes[nextOffset]
            // Printable ASCII followed by ASCII is a whole grapheme: no grapheme breaking needed.
            if byte >= 0x20, byte < 0x7F, nextOffset + 1 == bytes.count || bytes[nextOffset + 1] < 0x80 {
                pieces.append(TextWrap.Piece(width: 1, isSpace: byte == 0x20))
                nextOffset += 1
                continue
            }
            let character = line[line.utf8Index(nextOffset)]
            // A grapheme is one unbreakable piece, even when drawn as several cells.
            pieces.append(TextWrap.Piece(width: DisplayText.width(of: character), isSpace: character == " "))
            nextOffset += character.utf8.count
        }
        return pieces[index]
    }

    /// The UTF-8 offset where piece `index` starts (the line's end past the last piece).
    mutating func offset(_ index: Int) -> Int {
        _ = piece(index)
        return index < offsets.count ? offsets[index] : nextOffset
    }
}
