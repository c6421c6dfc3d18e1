/// A place in a text buffer: a line and a UTF-8 offset into it, always on a grapheme boundary.
public struct TextPosition: Comparable, Hashable, Sendable {
    public var line: Int
    public var offset: Int

    public init(line: Int, offset: Int) {
        self.line = line
        self.offset = offset
    }

    public static let start = TextPosition(line: 0, offset: 0)

    public static func < (a: TextPosition, b: TextPosition) -> Bool { (a.line, a.offset) < (b.line, b.offset) }
}

/// The text of one field being edited, with a cursor and undo.
///
/// Lines are stored separately so that typing copies one line, not the document; undo keeps the
/// edits (what was removed and inserted where), not snapshots. Every cursor move steps over
/// whole grapheme clusters: an emoji, a CJK character or a letter with its combining marks is
/// one step.
public struct TextBuffer: Equatable, Sendable {
    public private(set) var lines: [String]
    public private(set) var cursor = TextPosition.start
    /// Bytes in the whole text, kept up to date by every edit, so "has this changed?" is
    /// usually answered without joining the lines.
    public private(set) var utf8Count: Int
    /// Names the text as it is now (not the cursor): changes with every edit, never repeats
    /// across buffers, so callers can tell an edit from a move and cache what they drew from it.
    public private(set) var revision = Revision.next()
    /// Single-line fields (title, subject) turn inserted line breaks into spaces.
    public let isSingleLine: Bool
    /// The display column vertical moves aim for, kept across lines shorter than it.
    public private(set) var goalColumn: Int?
    private var undoStack: [Edit] = []
    private var redoStack: [Edit] = []
    /// Set by anything that is not typing, so the next keystroke starts a new undo step.
    private var sealed = true
    /// A text known to equal this buffer at a revision: lets `differs(from:)` answer at once on
    /// every frame of an unedited field (same storage compares in O(1)).
    private var knownEqual: (revision: Int, text: String)?
    /// The wrapped rows of the lines on screen, by line, repaired by each edit so that typing
    /// in a line of thousands of rows rewraps a few of them (see `keepRows`).
    public private(set) var keptRows: [Int: LineRows] = [:]

    struct Edit: Equatable, Sendable {
        enum Kind: Equatable, Sendable { case typing, deleting, whole }
        var start: TextPosition
        var removed: String
        var inserted: String
        var cursorBefore: TextPosition
        var cursorAfter: TextPosition
        var kind: Kind
    }

    public init(_ text: String, singleLine: Bool = false) {
        isSingleLine = singleLine
        let normalised = singleLine ? TextBuffer.flatten(text) : text
        lines = normalised.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        utf8Count = normalised.utf8.count
        knownEqual = (revision, normalised)
    }

    /// Whether the text differs from `original`: at once for an unedited buffer or a change of
    /// length, a full comparison only for an edit that kept the length.
    public func differs(from original: String) -> Bool {
        if let knownEqual, knownEqual.revision == revision, knownEqual.text == original { return false }
        let candidate = isSingleLine ? TextBuffer.flatten(original) : original
        return utf8Count != candidate.utf8.count || text != candidate
    }

    /// Records that the text now equals `original` (after a save), so later frames need not compare.
    public mutating func noteEqual(to original: String) {
        guard !differs(from: original) else { return }
        knownEqual = (revision, original)
    }

    /// The same field with new content from the server: history cleared, cursor kept nearby.
    public func reset(to text: String) -> TextBuffer {
        var fresh = TextBuffer(text, singleLine: isSingleLine)
        let line = min(cursor.line, fresh.lines.count - 1)
        fresh.place(fresh.position(onLine: line, atColumn: displayColumn(of: cursor)), goalColumn: nil)
        return fresh
    }

    public var text: String { lines.joined(separator: "\n") }
    public var canUndo: Bool { !undoStack.isEmpty }
    public var canRedo: Bool { !redoStack.isEmpty }

    public static func == (a: TextBuffer, b: TextBuffer) -> Bool { a.lines == b.lines && a.cursor == b.cursor }

    private static func flatten(_ text: String) -> String {
        guard text.utf8.contains(0x0A) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")
    }

    // MARK: Editing

    /// Typing or pasting. A paste is one undo step; typed characters group into words.
    public mutating func insert(_ text: String, isPaste: Bool = false) {
        let inserted = isSingleLine ? TextBuffer.flatten(text) : text
        guard !inserted.isEmpty else { return }
        let before = cursor
        let end = replace(from: cursor, to: cursor, with: inserted)
        cursor = end
        goalColumn = nil
        let startsWord = inserted.first?.isWhitespace == false
        if !isPaste, !sealed, var last = undoStack.last, last.kind == .typing, last.removed.isEmpty, last.cursorAfter == before,
           !(startsWord && last.inserted.last?.isWhitespace == true) {
            last.inserted += inserted
            last.cursorAfter = end
            undoStack[undoStack.count - 1] = last
        } else {
            record(Edit(start: before, removed: "", inserted: inserted, cursorBefore: before, cursorAfter: end,
                        kind: isPaste ? .whole : .typing))
        }
        sealed = isPaste
        redoStack.removeAll()
    }

    public mutating func backspace() {
        guard let previous = position(before: cursor) else { return }
        delete(from: previous, to: cursor, cursorAfter: previous)
    }

    public mutating func deleteForward() {
        guard let next = position(after: cursor) else { return }
        delete(from: cursor, to: next, cursorAfter: cursor)
    }

    /// Replaces everything (an external editor's result, a restored draft) as one undo step.
    public mutating func replaceAll(with text: String) {
        let newText = isSingleLine ? TextBuffer.flatten(text) : text
        guard newText != self.text else { return }
        let before = cursor
        let endOfAll = TextPosition(line: lines.count - 1, offset: lines[lines.count - 1].utf8.count)
        let removed = self.text
        let end = replace(from: .start, to: endOfAll, with: newText)
        cursor = min(before, end)
        cursor = clampToBoundary(cursor)
        record(Edit(start: .start, removed: removed, inserted: newText, cursorBefore: before, cursorAfter: cursor, kind: .whole))
        sealed = true
        redoStack.removeAll()
    }

    private mutating func delete(from start: TextPosition, to end: TextPosition, cursorAfter: TextPosition) {
        let removed = text(from: start, to: end)
        let before = cursor
        _ = replace(from: start, to: end, with: "")
        cursor = cursorAfter
        goalColumn = nil
        if !sealed, var last = undoStack.last, last.kind == .deleting, last.inserted.isEmpty {
            if end == last.start { // backspacing further left
                last.start = start
                last.removed = removed + last.removed
            } else if start == last.start { // deleting further right
                last.removed += removed
            } else {
                record(Edit(start: start, removed: removed, inserted: "", cursorBefore: before, cursorAfter: cursorAfter, kind: .deleting))
                sealed = false
                redoStack.removeAll()
                return
            }
            last.cursorAfter = cursorAfter
            undoStack[undoStack.count - 1] = last
        } else {
            record(Edit(start: start, removed: removed, inserted: "", cursorBefore: before, cursorAfter: cursorAfter, kind: .deleting))
        }
        sealed = false
        redoStack.removeAll()
    }

    private mutating func record(_ edit: Edit) {
        undoStack.append(edit)
        if undoStack.count > 1000 { undoStack.removeFirst(undoStack.count - 1000) }
    }

    @discardableResult
    public mutating func undo() -> Bool {
        guard let edit = undoStack.popLast() else { return false }
        replay(edit, backwards: true)
        redoStack.append(edit)
        return true
    }

    @discardableResult
    public mutating func redo() -> Bool {
        guard let edit = redoStack.popLast() else { return false }
        replay(edit, backwards: false)
        undoStack.append(edit)
        return true
    }

    /// Undo takes an edit back (its inserted text becomes what it removed), redo makes it again.
    private mutating func replay(_ edit: Edit, backwards: Bool) {
        let (present, wanted) = backwards ? (edit.inserted, edit.removed) : (edit.removed, edit.inserted)
        _ = replace(from: edit.start, to: TextBuffer.end(of: present, from: edit.start), with: wanted)
        cursor = backwards ? edit.cursorBefore : edit.cursorAfter
        sealed = true
        goalColumn = nil
    }

    /// Where text inserted at `start` ends.
    static func end(of text: String, from start: TextPosition) -> TextPosition {
        let parts = text.split(separator: "\n", omittingEmptySubsequences: false)
        if parts.count == 1 { return TextPosition(line: start.line, offset: start.offset + text.utf8.count) }
        return TextPosition(line: start.line + parts.count - 1, offset: parts.last!.utf8.count)
    }

    /// The wrapped rows of a line at `width`, kept so later frames and keystrokes need not wrap
    /// it again; an edit repairs the rows of the line it touches (see `LineRows`).
    @discardableResult
    public mutating func keepRows(ofLine line: Int, width: Int) -> LineRows {
        if let rows = keptRows[line], rows.width == max(1, width) { return rows }
        let rows = LineRows(lines[line], width: width)
        keptRows[line] = rows
        return rows
    }

    /// Forgets the rows of the lines no longer on screen.
    public mutating func forgetRows(except lines: Set<Int>) {
        guard keptRows.count != lines.count || !keptRows.keys.allSatisfy(lines.contains) else { return }
        keptRows = keptRows.filter { lines.contains($0.key) }
    }

    /// Moves the kept rows along with an edit: repaired in the edited line, renumbered after it.
    private mutating func updateKeptRows(from start: TextPosition, to end: TextPosition, removed: String?, inserted: String, lineDelta: Int) {
        if lineDelta == 0, start.line == end.line, let removed, keptRows[start.line] != nil {
            // Repaired where it lies in the dictionary: a copy would copy every row of the line.
            keptRows[start.line]!.repair(lines[start.line], editAt: start.offset, removed: removed, inserted: inserted)
            return
        }
        keptRows = Dictionary(uniqueKeysWithValues: keptRows.compactMap { line, rows in
            line < start.line ? (line, rows) : line > end.line ? (line + lineDelta, rows) : nil
        })
    }

    /// Replaces the text between two positions; returns the end of what was inserted.
    private mutating func replace(from start: TextPosition, to end: TextPosition, with text: String) -> TextPosition {
        let removedCount = (start.line...end.line).reduce(end.line - start.line) { $0 + lines[$1].utf8.count }
            - start.offset - (lines[end.line].utf8.count - end.offset)
        utf8Count += text.utf8.count - removedCount
        revision = Revision.next()
        let removed = start.line == end.line && keptRows[start.line] != nil ? self.text(from: start, to: end) : nil
        let endPosition: TextPosition
        let lineDelta: Int
        if start.line == end.line && !text.utf8.contains(0x0A) {
            // Within one line (typing, deleting a character): edited in place, so a long line is
            // moved, not copied.
            let range = lines[start.line].utf8Index(start.offset)..<lines[start.line].utf8Index(end.offset)
            lines[start.line].replaceSubrange(range, with: text)
            endPosition = TextPosition(line: start.line, offset: start.offset + text.utf8.count)
            lineDelta = 0
        } else {
            let head = lines[start.line].utf8Prefix(start.offset)
            let tail = lines[end.line].utf8Suffix(from: end.offset)
            var replacement = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            replacement[0] = head + replacement[0]
            let endOffset = replacement[replacement.count - 1].utf8.count
            replacement[replacement.count - 1] += tail
            lines.replaceSubrange(start.line...end.line, with: replacement)
            endPosition = TextPosition(line: start.line + replacement.count - 1, offset: endOffset)
            lineDelta = replacement.count - 1 - (end.line - start.line)
        }
        if !keptRows.isEmpty { updateKeptRows(from: start, to: end, removed: removed, inserted: text, lineDelta: lineDelta) }
        return endPosition
    }

    public func text(from start: TextPosition, to end: TextPosition) -> String {
        if start.line == end.line {
            let line = lines[start.line]
            return String(line[line.utf8Index(start.offset)..<line.utf8Index(end.offset)])
        }
        var parts = [lines[start.line].utf8Suffix(from: start.offset)]
        if end.line > start.line + 1 { parts += lines[(start.line + 1)..<end.line] }
        parts.append(lines[end.line].utf8Prefix(end.offset))
        return parts.joined(separator: "\n")
    }

    // MARK: Moving

    public mutating func moveLeft() { move(to: position(before: cursor) ?? cursor) }
    public mutating func moveRight() { move(to: position(after: cursor) ?? cursor) }
    public mutating func moveToLineStart() { move(to: TextPosition(line: cursor.line, offset: 0)) }
    public mutating func moveToLineEnd() { move(to: TextPosition(line: cursor.line, offset: lines[cursor.line].utf8.count)) }
    public mutating func moveToStart() { move(to: .start) }
    public mutating func moveToEnd() { move(to: TextPosition(line: lines.count - 1, offset: lines[lines.count - 1].utf8.count)) }

    /// Ctrl-Left: to the start of this or the previous word.
    public mutating func moveWordLeft() {
        var position = cursor
        while let previous = self.position(before: position), !isWordCharacter(at: previous) { position = previous }
        while let previous = self.position(before: position), isWordCharacter(at: previous), previous.line == position.line {
            position = previous
        }
        move(to: position)
    }

    /// Ctrl-Right: to the end of this or the next word.
    public mutating func moveWordRight() {
        var position = cursor
        while let next = self.position(after: position), !isWordCharacter(at: position) { position = next }
        while let next = self.position(after: position), isWordCharacter(at: position), next.line == position.line { position = next }
        move(to: position)
    }

    /// Up and Down by logical line, keeping the display column the cursor came from.
    public mutating func moveVertically(by lineDelta: Int) {
        let goal = goalColumn ?? displayColumn(of: cursor)
        let target = min(max(0, cursor.line + lineDelta), lines.count - 1)
        move(to: position(onLine: target, atColumn: goal))
        goalColumn = goal
    }

    /// Puts the cursor at a position found by the view (a click, a move by visual row), keeping
    /// the column later vertical moves aim for.
    public mutating func place(_ position: TextPosition, goalColumn goal: Int?) {
        move(to: position)
        goalColumn = goal
    }

    private mutating func move(to position: TextPosition) {
        cursor = position
        goalColumn = nil
        sealed = true
    }

    /// The display column of a position (wide characters count two).
    public func displayColumn(of position: TextPosition) -> Int {
        DisplayWidth.of(lines[position.line].utf8Prefix(position.offset))
    }

    public func position(onLine line: Int, atColumn column: Int) -> TextPosition {
        var used = 0
        var offset = 0
        for character in lines[line] {
            let width = DisplayWidth.of(String(character))
            if used + width > column { break }
            used += width
            offset += character.utf8.count
        }
        return TextPosition(line: line, offset: offset)
    }

    private func position(before position: TextPosition) -> TextPosition? {
        if position.offset == 0 {
            return position.line == 0 ? nil : TextPosition(line: position.line - 1, offset: lines[position.line - 1].utf8.count)
        }
        let line = lines[position.line]
        let index = line.index(before: line.utf8Index(position.offset))
        return TextPosition(line: position.line, offset: line.utf8.distance(from: line.startIndex, to: index))
    }

    private func position(after position: TextPosition) -> TextPosition? {
        let line = lines[position.line]
        if position.offset >= line.utf8.count {
            return position.line + 1 < lines.count ? TextPosition(line: position.line + 1, offset: 0) : nil
        }
        let index = line.index(after: line.utf8Index(position.offset))
        return TextPosition(line: position.line, offset: line.utf8.distance(from: line.startIndex, to: index))
    }

    private func isWordCharacter(at position: TextPosition) -> Bool {
        let line = lines[position.line]
        guard position.offset < line.utf8.count else { return false }
        let character = line[line.utf8Index(position.offset)]
        return character.isLetter || character.isNumber || character == "_" || character == "%"
    }

    private func clampToBoundary(_ position: TextPosition) -> TextPosition {
        let line = min(position.line, lines.count - 1)
        var offset = 0
        for character in lines[line] {
            if offset + character.utf8.count > position.offset { break }
            offset += character.utf8.count
        }
        return TextPosition(line: line, offset: offset)
    }
}

extension String {
    public func utf8Index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
    func utf8Prefix(_ offset: Int) -> String { String(self[..<utf8Index(offset)]) }
    public func utf8Slice(_ range: Range<Int>) -> Substring { self[utf8Index(range.lowerBound)..<utf8Index(range.upperBound)] }
    func utf8Suffix(from offset: Int) -> String { String(self[utf8Index(offset)...]) }
}
