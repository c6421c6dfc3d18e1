import DraftCore

/// Draws the title, subject and body editors (and the composer line), and puts the terminal
/// cursor in the focused one. Only the rows on screen are wrapped and highlighted; the
/// selection and the find's matches are drawn over the text.
enum EditorView {
    static let placeholders: [Pane: String] = [
        .title: "untitled", .subject: "no subject yet",
        .body: "No draft yet. Type one here, or chat with the AI in pane 4.",
        .transcript: "Type a message; Enter sends it as a chat turn"
    ]

    /// Everything an editor is drawn from, and what the render cache compares: its text (by
    /// revision), cursor and selection, whether it has the keyboard, the find and the spelling
    /// marked over it, and (the body) where its view starts.
    struct Input: Equatable {
        var pane: Pane
        var editor: Named<TextBuffer>
        var cursor: TextPosition
        var selectionAnchor: TextPosition?
        var focused: Bool
        var find: Named<FindState>?
        var spelling: Named<SpellState>
        /// The copy checks' findings over the body, when they are marked.
        var checks: Named<CopyReport>?
        /// Where the subject's findings are: the subject is drawn again when they move, not
        /// whenever the body changes the report.
        var subjectChecks: [Range<Int>] = []
        var scroll: ScrollAnchor?

        // `borrowing`: an initializer owns its arguments, so the caller would copy the whole state.
        init?(_ pane: Pane, state: borrowing AppState) {
            guard let editor = state.editors[pane] else { return nil }
            self.pane = pane
            self.editor = Named(value: editor, revision: editor.revision)
            cursor = editor.cursor
            selectionAnchor = editor.anchor
            focused = state.hasKeyboard(pane)
            if let find = state.find, find.pane == pane { self.find = Named(value: find, revision: state.findRevision) }
            spelling = Named(value: state.spelling, revision: state.spelling.revision)
            if pane == .subject || pane == .body, state.copyChecks.marks, let report = state.draftReport {
                if pane == .body {
                    checks = Named(value: report, revision: report.revision)
                } else {
                    subjectChecks = report.marks(in: .subject, line: 0, length: editor.lines[0].utf8.count)
                }
            }
            scroll = pane == .body ? state.scroll[.body] : nil
        }

        /// The input as the render cache keeps it: names, not values.
        var forKey: Input {
            var key = self
            key.editor = editor.forKey
            key.find = find?.forKey
            key.spelling = spelling.forKey
            key.checks = checks?.forKey
            return key
        }
    }

    static func draw(_ input: Input, in area: Rect, into surface: inout Surface, glyphs: Glyphs) {
        let editor = input.editor.value, pane = input.pane
        guard !area.isEmpty else { return }
        if editor.utf8Count == 0 { return drawPlaceholder(pane, focused: input.focused, in: area, into: &surface) }
        let find = input.find?.value, spelling = input.spelling.value
        let checks = input.checks.map { (report: $0.value, field: CopyField.body) }
        if pane == .body || pane == .transcript {
            let cursor = input.focused ? BodyRows.cursor(editor, width: area.width) : nil
            let anchor =
                pane == .body ? input.scroll ?? .top : Composer.anchor(editor, width: area.width, height: area.height)
            let rows = BodyRows.rows(editor, anchor: anchor, width: area.width, height: area.height)
            let marks = BodyRows.lineMarks(of: rows, in: editor, find: find, spelling: spelling, checks: checks)
            for (offset, row) in rows.enumerated() {
                BodyRows.draw(
                    row, of: editor, marks: marks[offset], cursor: cursor, at: area.y + offset, in: area,
                    into: &surface)
            }
        } else {
            drawSingleLine(
                editor, find: find, spelling: spelling, checks: input.subjectChecks, focused: input.focused, in: area,
                into: &surface, glyphs: glyphs)
        }
    }

    /// What an empty field says it is for, with the cursor at its start.
    static func drawPlaceholder(_ pane: Pane, focused: Bool, in area: Rect, into surface: inout Surface) {
        for (offset, row) in placeholderRows(pane, width: area.width).prefix(max(1, area.height)).enumerated() {
            surface.put(row, x: area.x, y: area.y + offset, limit: area.maxX)
        }
        if focused { surface.cursor = (area.x, area.y) }
    }

    /// The placeholder wrapped where there are rows for it: a new session's body says all it has to say.
    static func placeholderRows(_ pane: Pane, width: Int) -> [StyledLine] {
        Paragraph([Span(placeholders[pane] ?? "", .placeholder)]).rows(width: width)
    }

    /// One line, scrolled sideways just enough to keep the cursor in view (see `SingleLineWindow`).
    static func drawSingleLine(
        _ editor: TextBuffer, find: FindState?, spelling: SpellState?, checks: [Range<Int>] = [], focused: Bool,
        in area: Rect,
        into surface: inout Surface, glyphs: Glyphs
    ) {
        let line = editor.lines[0]
        let window = SingleLineWindow(editor, width: area.width)
        let text = line.utf8Slice(window.bytes)
        // Words are found on the whole line, so one cut by the window's edge is still marked.
        let base = window.bytes.lowerBound
        func inWindow(_ ranges: [Range<Int>]) -> [Range<Int>] {
            ranges.compactMap { range -> Range<Int>? in
                let clipped = range.clamped(to: window.bytes)
                return clipped.isEmpty ? nil : (clipped.lowerBound - base)..<(clipped.upperBound - base)
            }
        }
        let marks = TextMarks.marks(
            line: 0, text: text, base: base, find: find, selection: editor.selection,
            misspelled: inWindow(spelling?.misspelledRanges(in: line[...]) ?? []), checked: inWindow(checks))
        let shown = TemplateHighlighter.line(text).marked(marks)
        let cut = window.skipped > 0 ? StyledText.droppingColumns(shown, window.skipped) : shown
        let x = area.x + window.indent
        surface.put(
            StyledText.truncated(cut, width: area.width - window.indent, ellipsis: glyphs.ellipsis), x: x, y: area.y,
            limit: area.maxX)
        if window.indent > 0 { surface.put(glyphs.ellipsis, x: area.x, y: area.y, role: .dim) }
        if focused { surface.cursor = (min(area.maxX - 1, x + window.cursorColumn), area.y) }
    }
}

/// What a one-line field shows of its line: a window of characters around the cursor, scrolled
/// sideways just enough to keep the cursor in view. Only the window is measured and highlighted,
/// however long the line. Drawing and a click finding its character share it.
struct SingleLineWindow {
    /// The bytes measured: about a width of characters either side of the cursor.
    let bytes: Range<Int>
    /// Columns of the window cut off at its left.
    let skipped: Int
    /// 1 when the line is scrolled: the first cell shows an ellipsis.
    let indent: Int
    /// The cursor's column after the indent.
    let cursorColumn: Int

    init(_ editor: TextBuffer, width: Int) {
        let line = editor.lines[0]
        let cursorIndex = line.utf8Index(editor.cursor.offset)
        var start = cursorIndex
        var columnsBefore = 0
        while start > line.startIndex, columnsBefore < width {
            start = line.index(before: start)
            columnsBefore += DisplayText.width(of: line[start])
        }
        let scrolled = start > line.startIndex
        skipped = scrolled ? max(0, columnsBefore - (width - 2)) : 0
        var end = cursorIndex
        var columnsAfter = 0
        while end < line.endIndex, columnsAfter <= width {
            columnsAfter += DisplayText.width(of: line[end])
            end = line.index(after: end)
        }
        bytes =
            line.utf8.distance(from: line.startIndex, to: start)..<line.utf8.distance(from: line.startIndex, to: end)
        indent = scrolled ? 1 : 0
        cursorColumn = columnsBefore - skipped
    }

    /// The offset of the grapheme drawn at a column after the indent (a click), or the end of
    /// the window past its text.
    func offset(atColumn column: Int, in line: String) -> Int {
        var used = -skipped
        var offset = bytes.lowerBound
        for character in line.utf8Slice(bytes) {
            let width = DisplayText.width(of: character)
            if used + width > column { return offset }
            used += width
            offset += character.utf8.count
        }
        return offset
    }
}
