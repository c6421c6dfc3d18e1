extension Range where Bound == Int {
    /// `lower..<upper`, or an empty range at `lower` when `upper` is below it.
    ///
    /// Clipping a span to a window (a misspelled word to the part of a line on screen, a row to a
    /// surface) can leave nothing, and `lower..<upper` with `upper < lower` traps: every clip in
    /// the drawing code builds its range with this instead, so what the user types cannot kill it.
    public init(clipping lower: Int, _ upper: Int) {
        self = lower..<Swift.max(lower, upper)
    }
}
