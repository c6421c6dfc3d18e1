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
        let focused = state.hasKeyboard(pane)
        if editor.utf8Count == 0 { return drawPlaceholder(pane, focused: focused, in: area, into: &surface) }
        if pane == .body {
            let cursor = focused ? BodyRows.cursor(editor, width: area.width) : nil
            for (offset, row) in BodyRows.rows(editor, anchor: state.scroll[.body] ?? .top, width: area.width, height: area.height).enumerated() {
                BodyRows.draw(row, of: editor, cursor: cursor, at: area.y + offset, in: area, into: &surface)
            }
        } else {
            drawSingleLine(editor, focused: focused, in: area, into: &surface, glyphs: glyphs)
        }
    }

    /// What an empty field says it is for, with the cursor at its start.
    static func drawPlaceholder(_ pane: Pane, focused: Bool, in area: Rect, into surface: inout Surface) {
        surface.put(placeholders[pane] ?? "", x: area.x, y: area.y, role: .placeholder, limit: area.maxX)
        if focused { surface.cursor = (area.x, area.y) }
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
}
