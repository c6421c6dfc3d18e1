import DraftCore

/// The body editor's rows on screen: which line and bytes each one shows. Each row is drawn on
/// its own, so the render cache can keep the rows an edit did not touch: a keystroke redraws
/// the row it changed, as vim does, not the pane.
enum BodyRows {
    struct Row: Equatable {
        let line: Int
        /// Which row of its line this is.
        let index: Int
        /// The bytes it shows: from its start to the next row's start (the last row: the line's end).
        let bytes: Range<Int>
        /// Where its highlighting starts (a little before it, for a variable cut by the wrap) and
        /// whether that is inside an `&&` region.
        let resume: (offset: Int, insideFill: Bool)

        static func == (a: Row, b: Row) -> Bool {
            a.line == b.line && a.index == b.index && a.bytes == b.bytes && a.resume == b.resume
        }
    }

    /// The rows shown from `anchor` down, at most `height`; fewer once the text ends.
    static func rows(_ editor: TextBuffer, anchor: ScrollAnchor, width: Int, height: Int) -> [Row] {
        let layout = EditorLayout(width: width)
        var rows: [Row] = []
        var line = min(anchor.block, editor.lines.count - 1)
        var first = anchor.row
        while line < editor.lines.count, rows.count < height {
            let ranges = layout.rows(editor, line: line)
            let text = editor.lines[line]
            var index = min(first, ranges.count - 1)
            var resume: (offset: Int, insideFill: Bool)? = nil
            while index < ranges.count, rows.count < height {
                let end = index + 1 < ranges.count ? ranges[index + 1].lowerBound : text.utf8.count
                let point = TemplateHighlighter.resumePoint(in: text, before: ranges[index].lowerBound, after: resume)
                resume = point
                rows.append(Row(line: line, index: index, bytes: ranges[index].lowerBound..<end, resume: point))
                index += 1
            }
            first = 0
            line += 1
        }
        return rows
    }

    /// The cursor's row and column, to compare with a row being drawn.
    static func cursor(_ editor: TextBuffer, width: Int) -> (line: Int, row: Int, column: Int) {
        let place = EditorLayout(width: width).locate(editor.cursor, in: editor)
        return (editor.cursor.line, place.row, place.column)
    }

    /// The marks on one line (its find matches and the selection), in the line's bytes; and
    /// whether the selection goes on past its end (over the line break), drawn as one marked cell.
    /// A long line (a paste with no line breaks) is marked only around `shown`, the bytes of its
    /// rows on screen: a keystroke in it then costs what one in a short paragraph does.
    static func marks(
        line: Int, of editor: TextBuffer, shown: Range<Int>, find: FindState?, spelling: SpellState,
        checks: (report: CopyReport, field: CopyField)? = nil
    ) -> (marks: [SpanMark], selectsLineEnd: Bool) {
        let text = editor.lines[line], length = text.utf8.count
        let window =
            length <= SpellWords.wholeLineBytes ? 0..<length : SpellWords.wholeWords(around: shown, in: text[...])
        let part = window.count == length ? text[...] : text.utf8Slice(window)
        let base = window.lowerBound
        func inWindow(_ ranges: [Range<Int>]) -> [Range<Int>] {
            ranges.compactMap { range -> Range<Int>? in
                let clipped = range.clamped(to: window)
                return clipped.isEmpty ? nil : (clipped.lowerBound - base)..<(clipped.upperBound - base)
            }
        }
        let misspelled =
            window.count == length
            ? spelling.misspelledRanges(in: part) : inWindow(spelling.misspelledRanges(in: text, within: window))
        let checked = inWindow(checks?.report.marks(in: checks!.field, line: line, length: length) ?? [])
        let marks =
            find == nil && editor.selection == nil && misspelled.isEmpty && checked.isEmpty
            ? []
            : TextMarks.marks(
                line: line, text: part, base: base, find: find, selection: editor.selection, misspelled: misspelled,
                checked: checked
            ).map { SpanMark(($0.range.lowerBound + base)..<($0.range.upperBound + base), $0.overlay) }
        let end = TextPosition(line: line, offset: length)
        return (marks, editor.selection.map { $0.lowerBound <= end && $0.upperBound > end } ?? false)
    }

    /// The marks of each row's line (see `marks(line:)`), made once for each line on screen and
    /// around the bytes its rows there show.
    static func lineMarks(
        of rows: [Row], in editor: TextBuffer, find: FindState?, spelling: SpellState,
        checks: (report: CopyReport, field: CopyField)?
    ) -> [(marks: [SpanMark], selectsLineEnd: Bool)] {
        var all: [(marks: [SpanMark], selectsLineEnd: Bool)] = []
        all.reserveCapacity(rows.count)
        for span in lineSpans(of: rows) {
            let marks = marks(
                line: span.line, of: editor, shown: span.bytes, find: find, spelling: spelling, checks: checks)
            all += repeatElement(marks, count: span.rows)
        }
        return all
    }

    /// The lines `rows` show, in order: how many rows each has on screen and the bytes they show.
    static func lineSpans(of rows: [Row]) -> [(line: Int, rows: Int, bytes: Range<Int>)] {
        var spans: [(line: Int, rows: Int, bytes: Range<Int>)] = []
        var first = 0
        while first < rows.count {
            var last = first
            while last + 1 < rows.count, rows[last + 1].line == rows[first].line { last += 1 }
            spans.append(
                (rows[first].line, last - first + 1, rows[first].bytes.lowerBound..<rows[last].bytes.upperBound))
            first = last + 1
        }
        return spans
    }

    /// Draws one row at `y`, highlighted from just before it rather than from the start of the
    /// line, each run drawn straight from the line's text with the marks over it; puts the
    /// terminal cursor on it when `cursor` (nil when the editor does not have the keyboard) is there.
    static func draw(
        _ row: Row, of editor: TextBuffer, marks: (marks: [SpanMark], selectsLineEnd: Bool),
        cursor: (line: Int, row: Int, column: Int)?, at y: Int, in area: Rect, into surface: inout Surface
    ) {
        let text = editor.lines[row.line]
        let resume = row.resume
        var insideFill = resume.insideFill
        let runs = TemplateHighlighter.runs(
            text[text.utf8Index(resume.offset)..<text.utf8Index(row.bytes.upperBound)], insideFill: &insideFill)
        let rowMarks = marks.marks.filter { $0.range.overlaps(row.bytes) }
        var column = area.x
        for run in runs {
            let lower = max(row.bytes.lowerBound, run.range.lowerBound + resume.offset),
                upper = run.range.upperBound + resume.offset
            guard lower < upper else { continue }
            for piece in SpanMark.pieces(of: lower..<upper, rowMarks) {
                column = surface.put(
                    text[text.utf8Index(piece.range.lowerBound)..<text.utf8Index(piece.range.upperBound)], x: column,
                    y: y,
                    role: run.role, overlay: piece.overlay, limit: area.maxX)
            }
        }
        if marks.selectsLineEnd, row.bytes.upperBound == text.utf8.count, column < area.maxX {
            surface.put(" ", x: column, y: y, role: .normal, overlay: .selectedText, limit: area.maxX)
        }
        if let cursor, cursor.line == row.line, cursor.row == row.index {
            surface.cursor = (area.x + min(cursor.column, area.width - 1), y)
        }
    }

    /// The body with a render cache: each row of its content is a region of its own, keyed on
    /// the line's revision, the bytes shown and the cursor.
    static func drawCached(
        _ slot: ScreenLayout.Slot, input: EditorView.Input, glyphs: Glyphs, cache: RenderCache,
        into surface: inout Surface
    ) {
        let area = slot.content, interior = slot.interior, editor = input.editor.value
        guard !area.isEmpty else { return }
        // Nothing the rows are made from changed (a spinner frame, a poll): none is looked at.
        let whole = RenderKey.content(slot, .editor(input), glyphs: glyphs)
        let parts = ScreenRegion.bodyRow(0).index..<ScreenRegion.bodyRow(area.height).index
        if cache.keepParts(of: whole, parts: parts, in: &surface) { return }
        defer { cache.partsDrawn(of: whole) }
        let focused = input.focused
        let empty = editor.utf8Count == 0
        let rows = empty ? [] : self.rows(editor, anchor: input.scroll ?? .top, width: area.width, height: area.height)
        // Each placeholder row in its own row region, as text rows are.
        let placeholder = empty ? EditorView.placeholderRows(.body, width: area.width) : []
        let cursor = focused ? self.cursor(editor, width: area.width) : nil
        let find = input.find?.value
        let checks = input.checks.map { (report: $0.value, field: CopyField.body) }
        let spelling = input.spelling.value  // read once, not at each line: a copy of the verdicts' tables
        let lineMarks = self.lineMarks(of: rows, in: editor, find: find, spelling: spelling, checks: checks)
        for offset in 0..<area.height {
            // The whole width inside the border, so the blank columns beside the text are cleared too.
            let rect = Rect(x: interior.x, y: area.y + offset, width: interior.width, height: 1)
            let row = offset < rows.count ? rows[offset] : nil
            let values = BodyRowValues(
                text: row.map { editor.lines[$0.line].utf8Slice($0.resume.offset..<$0.bytes.upperBound) }, row: row,
                lineMarks: row == nil ? [] : lineMarks[offset].marks,
                lineEndSelected: row.map {
                    lineMarks[offset].selectsLineEnd && $0.bytes.upperBound == editor.lines[$0.line].utf8.count
                } ?? false,
                cursorColumn: row.flatMap { row in
                    cursor.flatMap { $0.line == row.line && $0.row == row.index ? $0.column : nil }
                },
                placeholder: offset < placeholder.count ? focused && offset == 0 : nil)
            if cache.keep(row: offset, area: rect, if: values, in: &surface) { continue }
            let key = RenderKey.bodyRow(offset, rect, values)
            cache.redraws(key, in: &surface)
            if let row {
                // `draw` picks the marks over the row from its line's.
                draw(
                    row, of: editor, marks: (values.lineMarks, values.lineEndSelected), cursor: cursor, at: rect.y,
                    in: area, into: &surface)
            } else if offset < placeholder.count {
                surface.put(placeholder[offset], x: area.x, y: rect.y, limit: area.maxX)
                if focused && offset == 0 { surface.cursor = (area.x, area.y) }
            }
            cache.drawn(key, in: &surface)
        }
    }
}
