import DraftCore
import PuffleAPI

/// The lead chooser's box: a line saying what is chosen and read, the filter, then one row per
/// lead (chosen mark, name, company, position, status), the selected row highlighted.
enum LeadChooserView {
    /// Rows of leads the box shows: its inner height less the two lines above the list.
    static func listHeight(screenHeight: Int) -> Int {
        HelpOverlay.frame(screenWidth: 80, screenHeight: screenHeight).inset(by: 1).height - 2
    }

    static func draw(_ chooser: LeadChooser, roster: Roster, into surface: inout Surface, glyphs: Glyphs) {
        let visible = chooser.visible(in: roster)
        let height = max(1, listHeight(screenHeight: surface.height))
        let first = max(0, chooser.selected - height + 1)
        let read =
            roster.total.map { roster.prospects.count < $0 ? "\(roster.prospects.count) of \($0) read" : "\($0) leads" }
            ?? "\(roster.prospects.count) leads"
        let more = roster.loading ? " · reading more…" : ""
        var lines: [StyledLine] = [[Span("\(chooser.chosen.count) chosen · \(read)\(more)", .dim)]]
        let filter = StyledText.singleLine(chooser.filter.text)
        lines.append(
            chooser.filtering
                ? [Span("/ ", .footerKey), Span(filter + "▏", .normal)]
                : filter.isEmpty
                    ? [Span("/ filters", .dim)]
                    : [Span("/ ", .footerKey), Span(filter, .normal), Span("  (/ edits)", .dim)])
        let chosen = Set(chooser.chosen)
        if visible.isEmpty {
            lines.append([
                Span(roster.nextPage == nil ? "No lead matches" : "No match yet; reading more…", .placeholder)
            ])
        }
        let window = ListWindow(first: first, height: height, total: visible.count)
        if let mark = window.aboveMark(glyphs) { lines[0].append(Span(" \(mark)", .label)) }
        for (offset, prospect) in visible.dropFirst(first).prefix(height).enumerated() {
            let mark = chosen.contains(prospect.id) ? "[x] " : "[ ] "
            let name = prospect.displayName.map(StyledText.singleLine) ?? "(no name)"
            let rest = [prospect.company, prospect.position, prospect.status].compactMap { $0 }.map(
                StyledText.singleLine)
            let row: StyledLine = [
                Span(mark, .label), Span(name, prospect.hasName ? .normal : .placeholder),
                Span(rest.isEmpty ? "" : "  " + rest.joined(separator: " · "), .dim)
            ]
            lines.append(first + offset == chooser.selected ? row.map { Span($0.text, .selection) } : row)
        }
        if let mark = window.belowMark(glyphs) { lines[0].append(Span(mark, .label)) }
        let title = " Sample leads · \(visible.count) — Space chooses, / filters, Enter keeps, Esc cancels "
        // One row per line, cut to the box: the list above is already the window, nothing wraps.
        let width = max(
            1, HelpOverlay.frame(screenWidth: surface.width, screenHeight: surface.height).inset(by: 1).width - 2)
        HelpOverlay.box(
            title: title, lines: lines.map { StyledText.truncated($0, width: width, ellipsis: glyphs.ellipsis) },
            scroll: 0, into: &surface, glyphs: glyphs)
    }
}
