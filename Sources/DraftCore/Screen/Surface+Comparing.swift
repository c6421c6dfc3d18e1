import Glibc

/// Comparing surfaces: the terminal writer reads only what changed, and tests compare screens.
extension Surface {
    /// Whether row `y` shows the same as row `y` of `other` (same size).
    public func rowEquals(_ y: Int, _ other: Surface) -> Bool { changedColumns(row: y, from: other) == nil }

    /// The columns of row `y` that differ from row `y` of `other` (same size), first to last, or
    /// nil when the row shows the same. Cells are compared as the eight bytes they are; the rare
    /// cluster cells by their text, since each surface numbers its clusters its own way.
    public func changedColumns(row y: Int, from other: Surface) -> ClosedRange<Int>? {
        let start = y * width, count = width
        let clustered = !clusters.isEmpty || !other.clusters.isEmpty
        let (first, last): (Int, Int) = cells.withUnsafeBytes { a in
            other.cells.withUnsafeBytes { b in
                let a = a.baseAddress!.advanced(by: start * 8), b = b.baseAddress!.advanced(by: start * 8)
                if !clustered && memcmp(a, b, count * 8) == 0 { return (-1, -1) }
                func differs(_ x: Int) -> Bool {
                    let raw =
                        a.load(fromByteOffset: x * 8, as: UInt64.self) != b.load(fromByteOffset: x * 8, as: UInt64.self)
                    guard clustered else { return raw }
                    let new = a.load(fromByteOffset: x * 8, as: Cell.self),
                        old = b.load(fromByteOffset: x * 8, as: Cell.self)
                    return new.isCluster || old.isCluster ? !cellEquals(x, y, other) : raw
                }
                var first = 0
                while first < count && !differs(first) { first += 1 }
                guard first < count else { return (-1, -1) }
                var last = count - 1
                while last > first && !differs(last) { last -= 1 }
                return (first, last)
            }
        }
        return first < 0 ? nil : first...last
    }

    /// Whether two cells show the same thing, across surfaces.
    public func cellEquals(_ x: Int, _ y: Int, _ other: Surface) -> Bool {
        let a = self[x, y], b = other[x, y]
        guard a.isCluster || b.isCluster else { return a == b }
        return a.width == b.width && a.role == b.role && a.overlay == b.overlay && text(of: a) == other.text(of: b)
    }
}

extension Surface: Equatable {
    /// Equal when every cell shows the same: clusters compare by their text, not their index.
    public static func == (lhs: Surface, rhs: Surface) -> Bool {
        guard lhs.width == rhs.width, lhs.height == rhs.height, lhs.cursor?.x == rhs.cursor?.x,
            lhs.cursor?.y == rhs.cursor?.y
        else { return false }
        // The same cells and the same cluster table: equal, as bytes, without a look at each row.
        if lhs.clusters == rhs.clusters,
            lhs.cells.withUnsafeBytes({ a in
                rhs.cells.withUnsafeBytes { b in a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 }
            })
        {
            return true
        }
        return (0..<lhs.height).allSatisfy { lhs.rowEquals($0, rhs) }
    }
}
