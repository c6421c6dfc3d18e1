/// A rectangle of cells: a pane, a frame, a region the render cache keeps.
public struct Rect: Equatable, Hashable, Sendable {
    public var x, y, width, height: Int

    /// A rectangle from its top-left cell and size.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The column just past the right edge.
    public var maxX: Int { x + width }
    /// The row just past the bottom edge.
    public var maxY: Int { y + height }
    /// Whether it holds no cell: a pane with no room inside its frame.
    public var isEmpty: Bool { width <= 0 || height <= 0 }

    /// The rectangle inside a frame `n` cells thick.
    public func inset(by n: Int) -> Rect { Rect(x: x + n, y: y + n, width: width - 2 * n, height: height - 2 * n) }
    /// Whether a cell (a mouse click) is inside.
    public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }
}
