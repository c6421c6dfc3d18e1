/// The text of one field being edited, with a cursor, a selection and undo.
///
/// Lines are stored separately so that typing copies one line, not the document; undo keeps the
/// edits (what was removed and inserted where), not snapshots. Every cursor move steps over
/// whole grapheme clusters: an emoji, a CJK character or a letter with its combining marks is
/// one step. Editing is in `TextBuffer+Editing`, moving and selecting in `TextBuffer+Moving`.
public struct TextBuffer: Equatable, Sendable {
    /// The text's lines without their line breaks; never empty.
    public internal(set) var lines: [String]
    /// Where typing goes, and the moving end of a selection.
    public internal(set) var cursor = TextPosition.start
    /// Where a selection started; the selection runs from here to the cursor. Every edit and
    /// every move that does not extend it drops it, so it never points at text that changed.
    public internal(set) var anchor: TextPosition?
    /// Bytes in the whole text, kept up to date by every edit, so "has this changed?" is
    /// usually answered without joining the lines.
    public private(set) var utf8Count: Int
    /// Names the text as it is now (not the cursor): changes with every edit, never repeats
    /// across buffers, so callers can tell an edit from a move and cache what they drew from it.
    public private(set) var revision = Revision.next()
    /// Single-line fields (title, subject) turn inserted line breaks into spaces.
    public let isSingleLine: Bool
    /// The display column vertical moves aim for, kept across lines shorter than it.
    public internal(set) var goalColumn: Int?
    /// Each entry is one undo step: the edits it made, in order.
    var undoStack: [[Edit]] = []
    var redoStack: [[Edit]] = []
    /// Set by anything that is not typing, so the next keystroke starts a new undo step.
    var sealed = true
    /// A text known to equal this buffer at a revision: lets `differs(from:)` answer at once on
    /// every frame of an unedited field (same storage compares in O(1)).
    private var knownEqual: (revision: Int, text: String)?
    /// The wrapped rows of the lines on screen, by line, repaired by each edit so that typing
    /// in a line of thousands of rows rewraps a few of them (see `keepRows`).
    public private(set) var keptRows: [Int: LineRows] = [:]
    /// The words of each line (and, in a one-line field, its characters), kept by every edit
    /// from the bytes around it: the counts in a pane's title cost what the keystroke touched.
    private var lineCounts: [TextCounts]
    /// Words and characters, kept up to date by each edit so titles cost nothing to draw.
    public private(set) var counts: TextCounts
    /// What the last edits did to the lines (up to `LineChange.kept` of them), so work kept per
    /// line (the copy checks) can redo only what they touched, an undo of a typed run included.
    public private(set) var recentChanges: [LineChange] = []

    /// Lines `replaced` of the text at revision `before` became `replaced.count + lineDelta` lines.
    public struct LineChange: Equatable, Sendable {
        /// How many edits are kept: more than an undo step of typing usually holds.
        static let kept = 64
        /// The revision the edit started from.
        public var before: Int
        /// The lines it replaced, in the text before it.
        public var replaced: ClosedRange<Int>
        /// How many lines it added (negative: removed).
        public var lineDelta: Int
        /// For an edit within one line: the bytes it replaced.
        public var bytes: Range<Int>? = nil
        /// For an edit within one line: how many bytes it put in their place.
        public var inserted = 0

        /// One change that covers this one followed by `next` (whose lines count in the text
        /// after this one): the lines either touched, in the text before both.
        func followed(by next: LineChange) -> LineChange {
            let end = replaced.upperBound + lineDelta
            let upper = next.replaced.upperBound > end ? next.replaced.upperBound - lineDelta : replaced.upperBound
            let lower = min(replaced.lowerBound, next.replaced.lowerBound)
            return LineChange(
                before: before, replaced: lower...max(lower, upper), lineDelta: lineDelta + next.lineDelta)
        }
    }

    /// The lines changed since the text was at `revision`, as one change; nil when that is not
    /// known (too many edits ago, or another text).
    public func change(since revision: Int) -> LineChange? {
        guard let first = recentChanges.lastIndex(where: { $0.before == revision }) else { return nil }
        return recentChanges[(first + 1)...].reduce(recentChanges[first]) { $0.followed(by: $1) }
    }

    struct Edit: Equatable, Sendable {
        enum Kind: Equatable, Sendable { case typing, deleting, whole }
        var start: TextPosition
        var removed: String
        var inserted: String
        var cursorBefore: TextPosition
        var cursorAfter: TextPosition
        var kind: Kind
    }

    /// A buffer holding `text`; a single-line buffer (title, subject) turns line breaks into spaces.
    public init(_ text: String, singleLine: Bool = false) {
        isSingleLine = singleLine
        let normalised = singleLine ? TextBuffer.flatten(text) : text
        lines = normalised.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        utf8Count = normalised.utf8.count
        knownEqual = (revision, normalised)
        lineCounts = lines.map { WordCount.counts(of: $0[...], characters: singleLine) }
        counts = lineCounts.reduce(TextCounts(), +)
    }

    /// Whether the text differs from `original`, byte for byte (`isSameText`): at once for an
    /// unedited buffer or a change of length, a full comparison only for an edit that kept the length.
    public func differs(from original: String) -> Bool {
        if let knownEqual, knownEqual.revision == revision, knownEqual.text.isSameText(as: original) { return false }
        let candidate = isSingleLine ? TextBuffer.flatten(original) : original
        return utf8Count != candidate.utf8.count || !text.isSameText(as: candidate)
    }

    /// Records that the text now equals `original` (after a save), so later frames need not compare.
    public mutating func noteEqual(to original: String) {
        guard !differs(from: original) else { return }
        knownEqual = (revision, original)
    }

    /// The same field with new content from the server: history and selection cleared, cursor
    /// kept nearby.
    public func reset(to text: String) -> TextBuffer {
        var fresh = TextBuffer(text, singleLine: isSingleLine)
        let line = min(cursor.line, fresh.lines.count - 1)
        fresh.place(fresh.position(onLine: line, atColumn: displayColumn(of: cursor)), goalColumn: nil)
        return fresh
    }

    /// The whole text; a one-line field hands back its line as it is, with no join.
    public var text: String { lines.count == 1 ? lines[0] : lines.joined(separator: "\n") }
    /// Whether Ctrl-Z has an edit to take back.
    public var canUndo: Bool { !undoStack.isEmpty }
    /// Whether Ctrl-Y has an undone edit to do again.
    public var canRedo: Bool { !redoStack.isEmpty }
    /// The position just past the last character.
    public var end: TextPosition { TextPosition(line: lines.count - 1, offset: lines[lines.count - 1].utf8.count) }

    /// Equal when text, cursor and selection are: undo history does not count.
    public static func == (a: TextBuffer, b: TextBuffer) -> Bool {
        a.cursor == b.cursor && a.anchor == b.anchor && a.lines.count == b.lines.count
            && zip(a.lines, b.lines).allSatisfy { $0.isSameText(as: $1) }
    }

    static func flatten(_ text: String) -> String {
        guard text.utf8.contains(0x0A) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")
    }

    /// The counts of the text between two positions (a selection's): the lines wholly inside
    /// are summed from what is kept, only the partial ones at its ends are counted.
    public func counts(from start: TextPosition, to end: TextPosition) -> TextCounts {
        if start.line == end.line {
            return WordCount.counts(
                of: lines[start.line].utf8Slice(start.offset..<end.offset), characters: isSingleLine)
        }
        let first = WordCount.counts(
            of: lines[start.line].utf8Slice(start.offset..<lines[start.line].utf8.count), characters: false)
        let last = WordCount.counts(of: lines[end.line].utf8Slice(0..<end.offset), characters: false)
        return lineCounts[(start.line + 1)..<end.line].reduce(first + last, +)
    }

    // MARK: Undo

    mutating func record(_ edit: Edit) {
        undoStack.append([edit])
        if undoStack.count > 1000 { undoStack.removeFirst(undoStack.count - 1000) }
        redoStack.removeAll()
    }

    /// How many undo steps there are: with `groupUndo(since:)`, makes the edits of one command
    /// (a replace through the whole body) a single step.
    public var undoDepth: Int { undoStack.count }

    /// Joins the undo steps recorded since `depth` into one.
    public mutating func groupUndo(since depth: Int) {
        guard depth >= 0, undoStack.count - depth > 1 else { return }
        let edits = undoStack[depth...].flatMap { $0 }
        undoStack.removeSubrange(depth...)
        undoStack.append(edits)
        sealed = true
    }

    /// Takes back the last edit (typing runs count as one); false when there is none.
    @discardableResult
    public mutating func undo() -> Bool {
        guard let step = undoStack.popLast() else { return false }
        for edit in step.reversed() { replay(edit, backwards: true) }
        cursor = step[0].cursorBefore
        redoStack.append(step)
        return true
    }

    /// Does again the last edit undone; false when there is none.
    @discardableResult
    public mutating func redo() -> Bool {
        guard let step = redoStack.popLast() else { return false }
        for edit in step { replay(edit, backwards: false) }
        cursor = step[step.count - 1].cursorAfter
        undoStack.append(step)
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

    // MARK: Kept rows

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
    public mutating func forgetRows(except lines: Range<Int>, andLine line: Int) {
        func kept(_ key: Int) -> Bool { lines.contains(key) || key == line }
        guard !keptRows.keys.allSatisfy(kept) else { return }
        keptRows = keptRows.filter { kept($0.key) }
    }

    /// Moves the kept rows along with an edit: repaired in the edited line, renumbered after it.
    private mutating func updateKeptRows(
        from start: TextPosition, to end: TextPosition, removed: String?, inserted: String, lineDelta: Int
    ) {
        if lineDelta == 0, start.line == end.line, let removed, keptRows[start.line] != nil {
            // Repaired where it lies in the dictionary: a copy would copy every row of the line.
            keptRows[start.line]!.repair(lines[start.line], editAt: start.offset, removed: removed, inserted: inserted)
            return
        }
        keptRows = Dictionary(
            uniqueKeysWithValues: keptRows.compactMap { line, rows in
                line < start.line ? (line, rows) : line > end.line ? (line + lineDelta, rows) : nil
            })
    }

    // MARK: Storage

    /// Replaces the text between two positions; returns the end of what was inserted. The one
    /// place the lines change: the byte count, the revision, the kept rows and the counts follow,
    /// and the selection goes.
    mutating func replace(from start: TextPosition, to end: TextPosition, with text: String) -> TextPosition {
        anchor = nil
        let removedCount =
            (start.line...end.line).reduce(end.line - start.line) { $0 + lines[$1].utf8.count }
            - start.offset - (lines[end.line].utf8.count - end.offset)
        utf8Count += text.utf8.count - removedCount
        let before = revision
        revision = Revision.next()
        let removed = start.line == end.line && keptRows[start.line] != nil ? self.text(from: start, to: end) : nil
        let endPosition: TextPosition
        let lineDelta: Int
        if start.line == end.line && !text.utf8.contains(0x0A) {
            // Within one line (typing, deleting a character): edited in place, so a long line is
            // moved, not copied; its counts change by those of the words around the edit.
            // Characters are counted by graphemes, which a window cut inside a run could split.
            let (window, carries) = WordCount.window(
                in: lines[start.line][...], around: start.offset..<end.offset,
                reach: isSingleLine ? nil : WordCount.windowReach)
            let before = WordCount.counts(
                of: lines[start.line].utf8Slice(window), characters: isSingleLine, carries: carries)
            let range = lines[start.line].utf8Index(start.offset)..<lines[start.line].utf8Index(end.offset)
            lines[start.line].replaceSubrange(range, with: text)
            let grown = window.lowerBound..<(window.upperBound + text.utf8.count - (end.offset - start.offset))
            let after = WordCount.counts(
                of: lines[start.line].utf8Slice(grown), characters: isSingleLine, carries: carries)
            lineCounts[start.line] = lineCounts[start.line] + after - before
            counts = counts + after - before
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
            let replacedCounts = replacement.map { WordCount.counts(of: $0[...], characters: isSingleLine) }
            counts = lineCounts[start.line...end.line].reduce(replacedCounts.reduce(counts, +), -)
            lineCounts.replaceSubrange(start.line...end.line, with: replacedCounts)
            endPosition = TextPosition(line: start.line + replacement.count - 1, offset: endOffset)
            lineDelta = replacement.count - 1 - (end.line - start.line)
        }
        let withinLine = start.line == end.line && lineDelta == 0
        recentChanges.append(
            LineChange(
                before: before, replaced: start.line...end.line, lineDelta: lineDelta,
                bytes: withinLine ? start.offset..<end.offset : nil, inserted: withinLine ? text.utf8.count : 0))
        if recentChanges.count > LineChange.kept { recentChanges.removeFirst(recentChanges.count - LineChange.kept) }
        if !keptRows.isEmpty {
            updateKeptRows(from: start, to: end, removed: removed, inserted: text, lineDelta: lineDelta)
        }
        return endPosition
    }

    /// The text between two positions, line breaks included.
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
}
