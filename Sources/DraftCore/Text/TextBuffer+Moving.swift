/// Moving the cursor and selecting. A move drops the selection; `extendSelection` keeps its
/// start where it was and lets the move carry its end.
extension TextBuffer {
    /// What is selected, first position first; nil when nothing is (or the selection is empty).
    public var selection: Range<TextPosition>? {
        guard let anchor, anchor != cursor else { return nil }
        return min(anchor, cursor)..<max(anchor, cursor)
    }

    /// The selected text, or nil when nothing is selected: what Ctrl-C copies.
    public var selectedText: String? { selection.map { text(from: $0.lowerBound, to: $0.upperBound) } }

    /// Runs a move with Shift held: the selection starts where the cursor was, if it had not
    /// started already.
    public mutating func extendSelection(_ move: (inout TextBuffer) -> Void) {
        let start = anchor ?? cursor
        move(&self)
        anchor = start
    }

    /// Esc: the selection goes, the text and the cursor stay.
    public mutating func deselect() { anchor = nil }

    /// Ctrl-A.
    public mutating func selectAll() {
        cursor = end
        anchor = .start
        goalColumn = nil
        sealed = true
    }

    /// Selects from `start` to `end` (a drag, a word, a finding), the cursor at `end`. Ranges
    /// found in bytes (a check's, a misspelling's) may cut a character: the selection widens to
    /// whole ones.
    public mutating func select(from start: TextPosition, to end: TextPosition) {
        let forward = start <= end
        cursor = forward ? boundary(atOrAfter: end) : clampToBoundary(end)
        anchor = forward ? clampToBoundary(start) : boundary(atOrAfter: start)
        goalColumn = nil
        sealed = true
    }

    /// The word (or run of spaces or of punctuation) under a position on a grapheme boundary:
    /// what a double-click selects.
    public func word(at position: TextPosition) -> Range<TextPosition> {
        let here = position
        guard here.offset < lines[here.line].utf8.count else { return here..<here }
        let kind = characterKind(at: here)
        var start = here, end = here
        while let previous = self.position(before: start), previous.line == here.line,
            characterKind(at: previous) == kind
        { start = previous }
        while let next = self.position(after: end), end.line == here.line, next.line == here.line,
            characterKind(at: end) == kind
        { end = next }
        return start..<end
    }

    /// One character left, to the previous line's end at a line's start.
    public mutating func moveLeft() { move(to: position(before: cursor) ?? cursor) }
    /// One character right, to the next line's start at a line's end.
    public mutating func moveRight() { move(to: position(after: cursor) ?? cursor) }
    /// Home: the start of the cursor's line.
    public mutating func moveToLineStart() { move(to: TextPosition(line: cursor.line, offset: 0)) }
    /// End: the end of the cursor's line.
    public mutating func moveToLineEnd() {
        move(to: TextPosition(line: cursor.line, offset: lines[cursor.line].utf8.count))
    }
    /// Ctrl-Home: the start of the text.
    public mutating func moveToStart() { move(to: .start) }
    /// Ctrl-End: the end of the text.
    public mutating func moveToEnd() { move(to: end) }

    /// Ctrl-Left: to the start of this or the previous word.
    public mutating func moveWordLeft() { move(to: wordStart(before: cursor)) }

    /// Ctrl-Right: to the end of this or the next word.
    public mutating func moveWordRight() { move(to: wordEnd(after: cursor)) }

    /// Up and Down by logical line, keeping the display column the cursor came from.
    public mutating func moveVertically(by lineDelta: Int) {
        let goal = goalColumn ?? displayColumn(of: cursor)
        let target = min(max(0, cursor.line + lineDelta), lines.count - 1)
        move(to: position(onLine: target, atColumn: goal))
        goalColumn = goal
    }

    /// Puts the cursor at a position found by the view (a click, a move by visual row) or in
    /// bytes (a find match), at the start of the character it falls in, keeping the column later
    /// vertical moves aim for.
    public mutating func place(_ position: TextPosition, goalColumn goal: Int?) {
        move(to: clampToBoundary(position))
        goalColumn = goal
    }

    private mutating func move(to position: TextPosition) {
        cursor = position
        anchor = nil
        goalColumn = nil
        sealed = true
    }

    /// The display column of a position (wide characters count two).
    public func displayColumn(of position: TextPosition) -> Int {
        DisplayWidth.of(lines[position.line].utf8Prefix(position.offset))
    }

    /// The position shown at a column of a line: where a mouse click lands.
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

    /// Where Ctrl-Left and Alt-Backspace go: over the spaces before, then over a run of word
    /// characters or of anything else (punctuation, an emoji), as GUI editors do.
    func wordStart(before position: TextPosition) -> TextPosition {
        var position = position
        while let previous = self.position(before: position), characterKind(at: previous) == .space {
            position = previous
        }
        guard let previous = self.position(before: position) else { return position }
        let kind = characterKind(at: previous)
        while let previous = self.position(before: position), previous.line == position.line,
            characterKind(at: previous) == kind
        {
            position = previous
        }
        return position
    }

    /// Where Ctrl-Right and Alt-D go: over the spaces after, then over a run of one kind.
    func wordEnd(after position: TextPosition) -> TextPosition {
        var position = position
        while let next = self.position(after: position), characterKind(at: position) == .space { position = next }
        let kind = characterKind(at: position)
        while let next = self.position(after: position), next.line == position.line, characterKind(at: position) == kind
        { position = next }
        return position
    }

    func position(before position: TextPosition) -> TextPosition? {
        if position.offset == 0 {
            return position.line == 0
                ? nil : TextPosition(line: position.line - 1, offset: lines[position.line - 1].utf8.count)
        }
        let line = lines[position.line]
        let index = line.index(before: line.utf8Index(position.offset))
        return TextPosition(line: position.line, offset: line.utf8.distance(from: line.startIndex, to: index))
    }

    func position(after position: TextPosition) -> TextPosition? {
        let line = lines[position.line]
        if position.offset >= line.utf8.count {
            return position.line + 1 < lines.count ? TextPosition(line: position.line + 1, offset: 0) : nil
        }
        let index = line.index(after: line.utf8Index(position.offset))
        return TextPosition(line: position.line, offset: line.utf8.distance(from: line.startIndex, to: index))
    }

    private enum CharacterKind { case word, space, other }

    private func characterKind(at position: TextPosition) -> CharacterKind {
        let line = lines[position.line]
        guard position.offset < line.utf8.count else { return .space }
        let character = line[line.utf8Index(position.offset)]
        if character.isLetter || character.isNumber || character == "_" || character == "%" { return .word }
        return character.isWhitespace ? .space : .other
    }

    /// The nearest grapheme boundary at or before a position, on a line that exists.
    func clampToBoundary(_ position: TextPosition) -> TextPosition {
        let line = min(max(0, position.line), lines.count - 1)
        let text = lines[line]
        let offset = min(max(0, position.offset), text.utf8.count)
        guard let index = Self.insideCharacter(offset, of: text) else {
            return TextPosition(line: line, offset: offset)
        }
        let start = text.index(before: text.index(after: index))
        return TextPosition(line: line, offset: text.utf8.distance(from: text.utf8.startIndex, to: start))
    }

    /// The nearest grapheme boundary at or after a position. An edit can leave one inside a
    /// character: a letter typed before a lone combining accent joins it, and the cursor belongs
    /// after the accent.
    func boundary(atOrAfter position: TextPosition) -> TextPosition {
        let line = lines[position.line]
        guard let index = Self.insideCharacter(position.offset, of: line) else { return position }
        let end = line.index(after: index)
        return TextPosition(line: position.line, offset: line.utf8.distance(from: line.utf8.startIndex, to: end))
    }

    /// The index of an offset that falls inside a character, nil on a boundary: cheap for the
    /// usual case, since nothing joins an ASCII byte to what is before it (a line holds no line feed).
    private static func insideCharacter(_ offset: Int, of line: String) -> String.Index? {
        guard offset < line.utf8.count else { return nil }
        let index = line.utf8Index(offset)
        return line.utf8[index] < 0x80 || index.samePosition(in: line) != nil ? nil : index
    }
}
