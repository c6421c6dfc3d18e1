import DraftCore

/// Draws the title, subject and body editors, and puts the terminal cursor in the focused one.
/// Only the rows on screen are wrapped and highlighted.
enum EditorView {
    static let placeholders: [Pane: String] = [
        .title: "untitled", .subject: "no subject yet", .body: "No draft yet. Type one here, or chat with the AI in pane 4.",
        .transcript: "Type a message; Enter sends it as a chat turn",
    ]

    static func draw(_ pane: Pane, state: AppState, in area: Rect, into surface: inout Surface, glyphs: Glyphs) {
        guard let editor = state.editors[pane], !area.isEmpty else { return }
        let focused = state.focus == pane && state.prompt == nil && state.overlay == nil
        if editor.utf8Count == 0 {
            surface.put(placeholders[pane] ?? "", x: area.x, y: area.y, role: .placeholder, limit: area.maxX)
            if focused { surface.cursor = (area.x, area.y) }
            return
        }
        if pane == .body {
            drawMultiLine(editor, anchor: state.scroll[.body] ?? .top, focused: focused, in: area, into: &surface)
        } else {
            drawSingleLine(editor, focused: focused, in: area, into: &surface, glyphs: glyphs)
        }
    }

    /// One line, scrolled sideways just enough to keep the cursor in view. Only a window of
    /// characters around the cursor is measured and highlighted, however long the line.
    private static func drawSingleLine(_ editor: TextBuffer, focused: Bool, in area: Rect, into surface: inout Surface, glyphs: Glyphs) {
        let line = editor.lines[0]
        let cursorIndex = line.utf8Index(editor.cursor.offset)
        var start = cursorIndex
        var columnsBefore = 0
        while start > line.startIndex, columnsBefore < area.width {
            start = line.index(before: start)
            columnsBefore += DisplayText.width(of: line[start])
        }
        let scrolled = start > line.startIndex
        let first = scrolled ? max(0, columnsBefore - (area.width - 2)) : 0
        var end = cursorIndex
        var columnsAfter = 0
        while end < line.endIndex, columnsAfter <= area.width {
            columnsAfter += DisplayText.width(of: line[end])
            end = line.index(after: end)
        }
        let window = TemplateHighlighter.line(line[start..<end])
        let x = scrolled ? area.x + 1 : area.x
        let width = scrolled ? area.width - 1 : area.width
        let shown = first > 0 ? StyledText.droppingColumns(window, first) : window
        surface.put(StyledText.truncated(shown, width: width, ellipsis: glyphs.ellipsis), x: x, y: area.y, limit: area.maxX)
        if scrolled { surface.put(glyphs.ellipsis, x: area.x, y: area.y, role: .dim) }
        if focused { surface.cursor = (min(area.maxX - 1, x + columnsBefore - first), area.y) }
    }

    /// The rows on screen of one line, highlighted from just before the first of them rather
    /// than from the start of the line.
    private static func highlightedRows(_ text: String, _ rows: ArraySlice<Range<Int>>) -> [StyledLine] {
        guard let first = rows.first, let last = rows.last else { return [] }
        let resume = TemplateHighlighter.resumePoint(in: text, before: first.lowerBound)
        let window = text[text.utf8Index(resume.offset)..<text.utf8Index(last.upperBound)]
        let styled = TemplateHighlighter.line(window, insideFill: resume.insideFill)
        return StyledText.slices(styled, at: rows.map { ($0.lowerBound - resume.offset)..<($0.upperBound - resume.offset) })
    }

    private static func drawMultiLine(_ editor: TextBuffer, anchor: ScrollAnchor, focused: Bool, in area: Rect, into surface: inout Surface) {
        let layout = EditorLayout(width: area.width)
        var y = area.y
        var line = min(anchor.block, editor.lines.count - 1)
        var firstRow = anchor.row
        let cursorRow = layout.locate(editor.cursor, in: editor)
        while line < editor.lines.count, y < area.maxY {
            let text = editor.lines[line]
            let ranges = layout.rows(editor, line: line)
            let top = min(firstRow, ranges.count - 1)
            let shown = top..<min(ranges.count, top + area.maxY - y)
            for (row, styled) in zip(shown, highlightedRows(text, ranges[shown])) {
                surface.put(styled, x: area.x, y: y, limit: area.maxX)
                if focused, line == editor.cursor.line, row == cursorRow.row {
                    surface.cursor = (area.x + min(cursorRow.column, area.width - 1), y)
                }
                y += 1
            }
            firstRow = 0
            line += 1
        }
    }
}
