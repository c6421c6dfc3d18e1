/// Typing, deleting and replacing. Whatever is selected is what an edit replaces or removes,
/// in the same undo step.
extension TextBuffer {
    /// Typing or pasting. A paste is one undo step; typed characters group into words; typing
    /// over a selection replaces it, and the word typed joins that step.
    public mutating func insert(_ text: String, isPaste: Bool = false) {
        let inserted = isSingleLine ? TextBuffer.flatten(text) : text
        let range = selection ?? cursor..<cursor
        guard !inserted.isEmpty || !range.isEmpty else { return }
        let before = cursor
        let removed = range.isEmpty ? "" : self.text(from: range.lowerBound, to: range.upperBound)
        let written = replace(from: range.lowerBound, to: range.upperBound, with: inserted)
        let end = boundary(atOrAfter: written)
        cursor = end
        goalColumn = nil
        let startsWord = inserted.first?.isWhitespace == false
        if !isPaste, range.isEmpty, !sealed, var step = undoStack.last, step.count == 1, step[0].kind == .typing,
            step[0].cursorAfter == before, !(startsWord && step[0].inserted.last?.isWhitespace == true)
        {
            step[0].inserted += inserted
            step[0].cursorAfter = end
            undoStack[undoStack.count - 1] = step
            redoStack.removeAll()
        } else {
            record(
                Edit(
                    start: range.lowerBound, removed: removed, inserted: inserted, cursorBefore: before,
                    cursorAfter: end,
                    kind: isPaste ? .whole : .typing))
        }
        // Text typed after an accent the cursor was moved over does not continue this step.
        sealed = isPaste || end != written
    }

    /// Deletes the selection, or the character before the cursor (joining lines at a line's start).
    public mutating func backspace() {
        if deleteSelection() { return }
        guard let previous = position(before: cursor) else { return }
        delete(from: previous, to: cursor, cursorAfter: previous)
    }

    /// Deletes the selection, or the character after the cursor (joining lines at a line's end).
    public mutating func deleteForward() {
        if deleteSelection() { return }
        guard let next = position(after: cursor) else { return }
        delete(from: cursor, to: next, cursorAfter: cursor)
    }

    /// Alt-Backspace: the word before the cursor (and the spaces after it), one undo step.
    public mutating func deleteWordBackward() {
        if deleteSelection() { return }
        let start = wordStart(before: cursor)
        guard start < cursor else { return }
        remove(start..<cursor)
    }

    /// Alt-D: to the end of the word after the cursor, one undo step.
    public mutating func deleteWordForward() {
        if deleteSelection() { return }
        let end = wordEnd(after: cursor)
        guard cursor < end else { return }
        remove(cursor..<end)
    }

    /// Removes the selection as one undo step; false when nothing is selected.
    @discardableResult
    public mutating func deleteSelection() -> Bool {
        guard let selection else { return false }
        remove(selection)
        return true
    }

    /// Cuts the cursor's line (nano's Ctrl-K): with the line break after it, so that pasting it
    /// puts back a whole line; the last line keeps its place, empty. Returns what was cut.
    public mutating func cutLine() -> String {
        let line = cursor.line
        let start = TextPosition(line: line, offset: 0)
        let end =
            line + 1 < lines.count
            ? TextPosition(line: line + 1, offset: 0)
            : TextPosition(line: line, offset: lines[line].utf8.count)
        let cut = self.text(from: start, to: end)
        guard start < end else { return cut }
        remove(start..<end)
        return cut
    }

    /// Replaces one range (a find match) as an undo step of its own; returns where the new
    /// text ends.
    @discardableResult
    public mutating func replace(_ range: Range<TextPosition>, with text: String) -> TextPosition {
        let inserted = isSingleLine ? TextBuffer.flatten(text) : text
        let before = cursor
        let removed = self.text(from: range.lowerBound, to: range.upperBound)
        let end = boundary(atOrAfter: replace(from: range.lowerBound, to: range.upperBound, with: inserted))
        cursor = end
        goalColumn = nil
        record(
            Edit(
                start: range.lowerBound, removed: removed, inserted: inserted, cursorBefore: before, cursorAfter: end,
                kind: .whole))
        sealed = true
        return end
    }

    /// Replaces everything (an external editor's result, a restored draft) as one undo step.
    public mutating func replaceAll(with text: String) {
        let newText = isSingleLine ? TextBuffer.flatten(text) : text
        guard !newText.isSameText(as: self.text) else { return }
        let before = cursor
        let removed = self.text
        let end = replace(from: .start, to: self.end, with: newText)
        cursor = clampToBoundary(min(before, end))
        goalColumn = nil
        undoStack.append([
            Edit(
                start: .start, removed: removed, inserted: newText, cursorBefore: before, cursorAfter: cursor,
                kind: .whole)
        ])
        redoStack.removeAll()
        sealed = true
    }

    /// Removes a range as one undo step of its own.
    private mutating func remove(_ range: Range<TextPosition>) {
        let before = cursor
        let removed = self.text(from: range.lowerBound, to: range.upperBound)
        _ = replace(from: range.lowerBound, to: range.upperBound, with: "")
        cursor = boundary(atOrAfter: range.lowerBound)
        goalColumn = nil
        record(
            Edit(
                start: range.lowerBound, removed: removed, inserted: "", cursorBefore: before, cursorAfter: cursor,
                kind: .whole))
        sealed = true
    }

    /// Backspace and Delete, one character at a time: a run of them is one undo step.
    private mutating func delete(from start: TextPosition, to end: TextPosition, cursorAfter: TextPosition) {
        let removed = text(from: start, to: end)
        let before = cursor
        _ = replace(from: start, to: end, with: "")
        let cursorAfter = boundary(atOrAfter: cursorAfter)
        cursor = cursorAfter
        goalColumn = nil
        defer { sealed = false }
        if !sealed, var step = undoStack.last, step.count == 1, step[0].kind == .deleting, step[0].inserted.isEmpty {
            if end == step[0].start {  // backspacing further left
                step[0].start = start
                step[0].removed = removed + step[0].removed
            } else if start == step[0].start {  // deleting further right
                step[0].removed += removed
            } else {
                return record(
                    Edit(
                        start: start, removed: removed, inserted: "", cursorBefore: before, cursorAfter: cursorAfter,
                        kind: .deleting))
            }
            step[0].cursorAfter = cursorAfter
            undoStack[undoStack.count - 1] = step
            redoStack.removeAll()
        } else {
            record(
                Edit(
                    start: start, removed: removed, inserted: "", cursorBefore: before, cursorAfter: cursorAfter,
                    kind: .deleting))
        }
    }
}
