import DraftCore

/// A cell of the screen, counted from 0.
public struct CellPoint: Equatable, Sendable {
    public var x, y: Int

    /// A point at a column and row of the screen.
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}

/// A mouse selection in a reading pane, row by row as a terminal selects: the cells of the
/// pane's view from where the drag started to where it is. It holds for the view it was made on
/// (its scroll, its content, the screen's size): once that changes it is neither drawn nor
/// copied, so it never covers other text.
public struct ReadingSelection: Equatable, Sendable {
    /// The reading pane the selection is in.
    public let pane: Pane
    /// Where the mouse went down.
    public var start: CellPoint
    /// Where the mouse is now, or was let go.
    public var end: CellPoint
    /// Names the view the selection was made on (the pane's place, scroll, and the revisions of
    /// what it shows): a name, so left out of `==`.
    @NotCompared var view: [Int]

    // `borrowing`: an initializer owns its arguments, so the caller would copy the whole state.
    init(pane: Pane, start: CellPoint, end: CellPoint, state: borrowing AppState) {
        self.pane = pane
        self.start = start
        self.end = end
        view = ReadingSelection.view(of: pane, in: state)
    }

    /// What the pane's view is drawn from.
    static func view(of pane: Pane, in state: AppState) -> [Int] {
        let anchor = state.scroll[pane]
        // The pane's place too: a focus or a notice can move or shrink it at one screen size.
        let area = PaneGeometry.scrollArea(for: pane, in: state)
        return [area?.x ?? -1, area?.y ?? -1, area?.width ?? -1, area?.height ?? -1] + [
            state.width, state.height, state.baseRevision, anchor?.block ?? -1, anchor?.row ?? -1,
            state.selectedExample, state.examplesByFindings ? 1 : 0,
            state.selectedHistory, ExampleView.allCases.firstIndex(of: state.exampleView) ?? 0,
            state.historyShowsDiff ? 1 : 0,
            state.skeletonBrowse ?? -1, state.find?.pane == pane ? state.findRevision : -1, state.leadsRevision,
            state.campaignRevision,
            state.editors[.subject]?.revision ?? -1, state.editors[.body]?.revision ?? -1
        ]
    }

    func holds(in state: AppState) -> Bool { view == ReadingSelection.view(of: pane, in: state) }

    /// The selected columns of each row, first to last, within `area`.
    func rows(in area: Rect) -> [(y: Int, columns: Range<Int>)] {
        let (first, last) = start.y < end.y || (start.y == end.y && start.x <= end.x) ? (start, end) : (end, start)
        // Rows outside the area (a drag begun below the pane once it shrank) select nothing there.
        let top = max(area.y, first.y), bottom = min(area.maxY - 1, last.y)
        guard top <= bottom else { return [] }
        return (top...bottom).compactMap { y in
            let lower = y == first.y ? max(area.x, first.x) : area.x
            let upper = y == last.y ? min(area.maxX, last.x + 1) : area.maxX
            return lower < upper ? (y, lower..<upper) : nil
        }
    }

    /// The selected text as the view shows it: each row's cells, its trailing blanks dropped.
    static func text(_ selection: ReadingSelection, in state: AppState) -> String? {
        guard selection.holds(in: state), let area = PaneGeometry.scrollArea(for: selection.pane, in: state),
            let scroller = PaneContent.scroller(for: selection.pane, in: state, width: area.width)
        else { return nil }
        let anchor = state.scroll[selection.pane] ?? (selection.pane == .transcript ? nil : .top)
        let lines = scroller.visible(from: anchor, height: area.height)
        let rows = selection.rows(in: area).map { row -> String in
            let index = row.y - area.y
            guard lines.indices.contains(index) else { return "" }
            return columns(row.columns.lowerBound - area.x..<row.columns.upperBound - area.x, of: lines[index])
        }
        let text = rows.joined(separator: "\n")
        return text.isEmpty ? nil : text
    }

    /// The characters of a row between two columns.
    private static func columns(_ columns: Range<Int>, of line: StyledLine) -> String {
        var text = ""
        var x = 0
        for span in line {
            for character in span.text {
                let width = DisplayText.width(of: character)
                if x >= columns.lowerBound && x < columns.upperBound { text.append(character) }
                x += width
            }
        }
        while text.last == " " { text.removeLast() }
        return text
    }
}
