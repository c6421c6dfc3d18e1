/// A role drawn over some bytes of a styled line: a selection, a find match, a misspelling.
public struct SpanMark: Equatable, Sendable {
    /// UTF-8 offsets into the line's text (its spans joined).
    public var range: Range<Int>
    /// The style drawn over the range: a selection, a find match, a misspelling.
    public var overlay: StyleRole

    /// A mark over a UTF-8 range of a line.
    public init(_ range: Range<Int>, _ overlay: StyleRole) {
        self.range = range
        self.overlay = overlay
    }

    /// A range of bytes cut where marks start and end, each piece with the overlay of the last
    /// mark over it (a selection drawn over a match), nil where there is none.
    public static func pieces(of range: Range<Int>, _ marks: [SpanMark]) -> [(range: Range<Int>, overlay: StyleRole?)] {
        let over = marks.filter { !$0.range.isEmpty && $0.range.overlaps(range) }
        guard !over.isEmpty else { return [(range, nil)] }
        // A few marks a row: a sorted array of cut points, no hashing.
        var points = [range.lowerBound, range.upperBound]
        for mark in over {
            for point in [mark.range.lowerBound, mark.range.upperBound] where range.contains(point) {
                points.append(point)
            }
        }
        points.sort()
        var pieces: [(range: Range<Int>, overlay: StyleRole?)] = []
        for (lower, upper) in zip(points, points.dropFirst()) where lower < upper {
            let overlay = over.last { $0.range.contains(lower) }?.overlay
            if let last = pieces.last, last.overlay == overlay {
                pieces[pieces.count - 1].range = last.range.lowerBound..<upper
            } else {
                pieces.append((lower..<upper, overlay))
            }
        }
        return pieces
    }
}

extension Array where Element == Span {
    /// The line with marks drawn over it: each span cut where a mark starts or ends, the pieces
    /// inside a mark given its overlay. The text and its roles are unchanged.
    public func marked(_ marks: [SpanMark]) -> StyledLine {
        guard marks.contains(where: { !$0.range.isEmpty }) else { return self }
        var result: StyledLine = []
        var start = 0
        for span in self {
            let length = span.text.utf8.count
            for piece in SpanMark.pieces(of: start..<(start + length), marks) where !piece.range.isEmpty {
                let text = span.text.utf8Slice((piece.range.lowerBound - start)..<(piece.range.upperBound - start))
                result.append(Span(String(text), span.role, overlay: piece.overlay ?? span.overlay))
            }
            start += length
        }
        return result
    }
}
