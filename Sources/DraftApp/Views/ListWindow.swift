import DraftCore

/// The rows of a list that are on screen, and how many are not: every list (Examples, History,
/// the campaign's list, the lead chooser) marks rows above and below its view, so a row that does
/// not fit (the one flagged example among six) is never silently out of sight.
struct ListWindow: Equatable {
    /// The first row shown, how many are shown, how many there are.
    let first: Int, shown: Int, total: Int

    init(first: Int, height: Int, total: Int) {
        self.first = max(0, min(first, total))
        shown = max(0, min(height, total - self.first))
        self.total = total
    }

    var above: Int { first }
    var below: Int { max(0, total - first - shown) }

    /// "↑ 2 more" for the rows above the view, nil when there are none.
    func aboveMark(_ glyphs: Glyphs) -> String? { above > 0 ? " \(glyphs.up) \(above) more " : nil }
    /// "↓ 3 more" for the rows below the view, nil when there are none.
    func belowMark(_ glyphs: Glyphs) -> String? { below > 0 ? " \(glyphs.down) \(below) more " : nil }

    /// Draws the marks on a line that edges the list (a rule or a border): above at its left, below at its right.
    func drawMarks(on line: Rect, into surface: inout Surface, glyphs: Glyphs) {
        guard line.width > 0 else { return }
        if let mark = aboveMark(glyphs) { surface.put(mark, x: line.x, y: line.y, role: .label, limit: line.maxX) }
        if let mark = belowMark(glyphs) {
            let width = DisplayWidth.of(mark)
            surface.put(mark, x: max(line.x, line.maxX - width), y: line.y, role: .label, limit: line.maxX)
        }
    }
}
