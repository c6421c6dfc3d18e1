import DraftCore

/// Borders, titles and tab strips. The focused pane gets a bold border and a reversed title,
/// which stays visible without colour.
enum PaneFrame {
    /// `note` follows the shown pane's title (the body's word count).
    static func draw(
        _ slot: ScreenLayout.Slot, focused: Bool, note: String?, into surface: inout Surface, glyphs: Glyphs
    ) {
        let frame = slot.frame
        switch slot.style {
        case .inline(let labelWidth, _):
            let label = " " + slot.pane.label
            surface.fill(
                Rect(x: frame.x, y: frame.y, width: labelWidth, height: 1),
                role: focused ? .paneTitleFocused : .paneTitle)
            surface.put(
                label, x: frame.x, y: frame.y, role: focused ? .paneTitleFocused : .paneTitle,
                limit: frame.x + labelWidth - 1)
        case .boxed:
            let border: StyleRole = focused ? .borderFocused : .border
            box(frame, role: border, into: &surface, glyphs: glyphs)
            let limit = frame.maxX - 2
            let titles = titles(slot, note: note)
            for title in titles {
                let role: StyleRole = title.pane == slot.pane ? (focused ? .paneTitleFocused : .paneTitle) : .tab
                let end = surface.put(title.text, x: title.columns.lowerBound, y: frame.y, role: role, limit: limit)
                if title.pane != titles.last?.pane {
                    surface.put(glyphs.horizontal, x: end, y: frame.y, role: border, limit: limit)
                }
            }
        }
    }

    /// The count at the end of an inline slot ("53"), right-aligned and dim; the words say
    /// "characters" in the wider layouts.
    static func drawInlineNote(_ note: StyledLine, area: Rect, into surface: inout Surface) {
        let width = min(area.width, DisplayWidth.of(note.map(\.text).joined()) + 1)
        surface.put(note, x: area.maxX - width, y: area.y, limit: area.maxX - 1)
    }

    /// The titles on a boxed slot's top row and where each lies: the shown pane's in full with
    /// its note (dropped when even numbers for the others leave no room), the others by name, or
    /// by number when the names do not fit. A click on one focuses its pane.
    static func titles(_ slot: ScreenLayout.Slot, note: String?) -> [(pane: Pane, text: String, columns: Range<Int>)] {
        guard case .boxed(let tabs) = slot.style else { return [] }
        let panes = tabs.isEmpty ? [slot.pane] : tabs
        var x = slot.frame.x + 2
        let limit = slot.frame.maxX - 2
        let others = panes.filter { $0 != slot.pane }
        let noted = note.map { slot.pane.label + " · " + $0 }
        let fitsNoted = noted.map { DisplayWidth.of($0) + 3 + others.count * 4 <= limit - x } ?? false
        let shownTitle = fitsNoted ? noted! : slot.pane.label
        let compact = others.reduce(DisplayWidth.of(shownTitle) + 3) { $0 + DisplayWidth.of($1.label) + 3 } > limit - x
        return panes.map { pane in
            let text = " " + (pane == slot.pane ? shownTitle : compact ? String(pane.rawValue) : pane.label) + " "
            let start = x
            x = min(limit, x + DisplayWidth.of(text)) + 1  // and the rule between titles
            return (pane, text, Range(clipping: start, min(limit, start + DisplayWidth.of(text))))
        }
    }

    /// What a pane's title adds after its name: the body's words and the copy checks' findings,
    /// the subject's characters, and with a selection how many of them are selected. Read from
    /// counts the editor keeps, so a frame costs what the selection's partial lines cost, not what
    /// the document weighs.
    /// `compact` gives the figures alone ("12/53"), for the inline Subject's few cells.
    static func note(for pane: Pane, in state: AppState, compact: Bool = false) -> String? {
        if let listed = listNote(for: pane, in: state) { return listed }
        guard pane == .body || pane == .subject, let editor = state.editors[pane] else { return nil }
        let selected = editor.selection.map { editor.counts(from: $0.lowerBound, to: $0.upperBound) }
        func counted(_ total: Int, _ part: Int?, _ noun: String) -> String {
            if compact { return (part.map { "\($0)/" } ?? "") + "\(total)" }
            return (part.map { "\($0) of " } ?? "") + "\(total) \(noun)\(total == 1 ? "" : "s")"
        }
        guard pane == .body else { return counted(editor.counts.characters, selected?.characters, "character") }
        // The copy checks' count: of the whole email, subject included, as F8 walks them.
        let found = state.draftReport?.count ?? 0
        return counted(editor.counts.words, selected?.words, "word")
            + (found == 0 || compact ? "" : " · \(found) check\(found == 1 ? "" : "s")")
    }

    /// How many items a list pane holds: "6 · 2 flagged", "7 versions", "2 earlier" skeletons.
    private static func listNote(for pane: Pane, in state: AppState) -> String? {
        // Each pane reads only what its note counts: every pane asks, at every frame.
        switch pane {
        case .examples:
            // Rows of the list: a lead's earlier examples are counted in its row, not apart.
            let order = state.exampleOrder
            guard !order.isEmpty else { return nil }
            let problems = state.problemsOfExamples
            let flagged = order.filter { problems.indices.contains($0) && !problems[$0].isEmpty }.count
            return "\(order.count)" + (flagged > 0 ? " · \(flagged) flagged" : "")
        case .history:
            let count = state.base?.draftHistory.count ?? 0
            return count == 0 ? nil : "\(count) version\(count == 1 ? "" : "s")"
        case .skeleton:
            guard let count = state.base?.skeletonHistory.count else { return nil }
            if let index = state.skeletonBrowse { return "earlier \(index + 1) of \(count)" }
            return count == 0 ? nil : "\(count) earlier"
        default: return nil
        }
    }

    /// A bordered rectangle.
    static func box(_ frame: Rect, role: StyleRole, into surface: inout Surface, glyphs: Glyphs) {
        let horizontal = glyphs.horizontal.unicodeScalars.first!, vertical = glyphs.vertical.unicodeScalars.first!
        let inner = max(0, frame.width - 2)
        surface.put(glyphs.topLeft, x: frame.x, y: frame.y, role: role)
        surface.repeated(horizontal, count: inner, x: frame.x + 1, y: frame.y, role: role)
        surface.put(glyphs.topRight, x: frame.maxX - 1, y: frame.y, role: role)
        for y in (frame.y + 1)..<max(frame.y + 1, frame.maxY - 1) {
            surface.repeated(vertical, count: 1, x: frame.x, y: y, role: role)
            surface.repeated(vertical, count: 1, x: frame.maxX - 1, y: y, role: role)
        }
        surface.put(glyphs.bottomLeft, x: frame.x, y: frame.maxY - 1, role: role)
        surface.repeated(horizontal, count: inner, x: frame.x + 1, y: frame.maxY - 1, role: role)
        surface.put(glyphs.bottomRight, x: frame.maxX - 1, y: frame.maxY - 1, role: role)
    }

    /// A focused box with a title of its own (the help and diff overlays, the session list).
    static func titledBox(
        _ frame: Rect, title: String, titleRole: StyleRole, into surface: inout Surface, glyphs: Glyphs
    ) {
        box(frame, role: .borderFocused, into: &surface, glyphs: glyphs)
        surface.put(title, x: frame.x + 2, y: frame.y, role: titleRole, limit: frame.maxX - 2)
    }
}
