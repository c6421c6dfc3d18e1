/// Where a scrolled view starts: a block (a message, a section) and a row inside it.
public struct ScrollAnchor: Equatable, Comparable, Sendable {
    /// The block the view starts in: a message, a section.
    public var block: Int
    /// The wrapped row of that block the view starts at.
    public var row: Int

    /// An anchor at a row of a block.
    public init(block: Int, row: Int) {
        self.block = block
        self.row = row
    }

    /// The first row of the first block: where a pane opens.
    public static let top = ScrollAnchor(block: 0, row: 0)

    /// Earlier in the text is smaller: the order scrolling moves in.
    public static func < (a: ScrollAnchor, b: ScrollAnchor) -> Bool { (a.block, a.row) < (b.block, b.row) }
}

/// Scrolls a list of blocks whose wrapped lines are produced on demand, touching only the
/// blocks on screen: a 10,000-message transcript costs what a screenful of it costs.
public struct BlockScroller {
    /// How many blocks there are.
    public let count: Int
    /// A block's wrapped lines, made when the block comes on screen.
    public let lines: (Int) -> [StyledLine]

    /// A scroller over `count` blocks whose lines `lines` makes on demand.
    public init(count: Int, lines: @escaping (Int) -> [StyledLine]) {
        self.count = count
        self.lines = lines
    }

    /// The lines to show. A nil anchor means "pinned to the end"; an anchor too close to the end
    /// to fill the view (after a resize) shows the end instead.
    public func visible(from anchor: ScrollAnchor?, height: Int) -> [StyledLine] {
        guard height > 0, count > 0 else { return [] }
        if let anchor {
            var result: [StyledLine] = []
            var block = min(anchor.block, count - 1)
            var row = anchor.block < count ? anchor.row : 0
            while block < count, result.count < height {
                let blockLines = lines(block)
                if row < blockLines.count {
                    result.append(contentsOf: blockLines[row..<min(blockLines.count, row + height - result.count)])
                }
                block += 1
                row = 0
            }
            if result.count == height || anchor == .top { return result }
        }
        var result: [StyledLine] = []
        var block = count - 1
        while block >= 0, result.count < height {
            let blockLines = lines(block)
            result.insert(contentsOf: blockLines.suffix(height - result.count), at: 0)
            block -= 1
        }
        return result
    }

    /// The anchor of the last screenful: the furthest a view may scroll down.
    public func lastTop(height: Int) -> ScrollAnchor {
        var remaining = height
        var block = count - 1
        while block >= 0 {
            let n = lines(block).count
            if n >= remaining { return ScrollAnchor(block: block, row: n - remaining) }
            remaining -= n
            block -= 1
        }
        return .top
    }

    /// Moves the view by `delta` rows. Reaching the end returns nil when the view follows the end
    /// (a transcript), else the last screenful's anchor.
    public func scrolled(_ anchor: ScrollAnchor?, by delta: Int, height: Int, followsEnd: Bool) -> ScrollAnchor? {
        guard count > 0 else { return followsEnd ? nil : .top }
        let limit = lastTop(height: height)
        var position = min(anchor ?? limit, limit)
        if delta < 0 {
            var steps = -delta
            while steps > 0, position != .top {
                if position.row > 0 {
                    let back = min(steps, position.row)
                    position.row -= back
                    steps -= back
                } else {
                    position.block -= 1
                    position.row = max(0, lines(position.block).count - 1)
                    steps -= 1
                }
            }
            return position
        }
        var steps = delta
        while steps > 0, position < limit {
            let n = lines(position.block).count
            if position.row + 1 < n {
                position.row += 1
            } else {
                position = ScrollAnchor(block: position.block + 1, row: 0)
            }
            steps -= 1
        }
        if position >= limit { return followsEnd ? nil : limit }
        return position
    }
}

extension BlockScroller {
    /// The anchor `rows` rows below `anchor`, or nil when the content ends first: where the view
    /// from `anchor` ends, to tell whether a row is on screen.
    public func advanced(_ anchor: ScrollAnchor, by rows: Int) -> ScrollAnchor? {
        var position = anchor
        var remaining = rows
        while position.block < count {
            let n = lines(position.block).count
            if position.row + remaining < n {
                return ScrollAnchor(block: position.block, row: position.row + remaining)
            }
            remaining -= n - position.row
            position = ScrollAnchor(block: position.block + 1, row: 0)
        }
        return nil
    }
}
