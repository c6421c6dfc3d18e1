/// The paragraph reports of one field and their totals: what the whole-text checks (length, links,
/// exclamation marks, reading grade) add up, kept so an edit re-checks one paragraph and adjusts
/// the totals instead of adding everything again.
struct FieldReport: Sendable {
    /// Each paragraph's first line and its report, in order.
    var paragraphs: [(start: Int, report: ParagraphReport)] = []
    var words = 0
    var sentences = 0
    var syllables = 0
    var links = 0
    var exclamations = 0
    var findings = 0

    /// Checks every paragraph of a field's lines.
    init(lines: [String], field: CopyField, context: CopyContext) {
        for paragraph in Self.paragraphs(of: lines, in: 0..<lines.count) {
            add(start: paragraph.lowerBound, ParagraphReport.check(lines[paragraph], field: field, context: context))
        }
    }

    /// The runs of non-blank lines within `region`. A line longer than the piece threshold (a
    /// paste with no line breaks) is a paragraph of its own, checked in pieces: so a phrase does
    /// not run from it into the lines beside it, and typing beside it does not check it again.
    static func paragraphs(of lines: [String], in region: Range<Int>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var start: Int?
        for index in region {
            if isBlank(lines[index]) {
                if let begin = start { found.append(begin..<index) }
                start = nil
            } else if ParagraphReport.isCheckedInPieces(lines[index]) {
                if let begin = start { found.append(begin..<index) }
                found.append(index..<(index + 1))
                start = nil
            } else if start == nil {
                start = index
            }
        }
        if let begin = start { found.append(begin..<region.upperBound) }
        return found
    }

    /// A line with nothing but spaces; most lines answer at their first character.
    static func isBlank(_ line: String) -> Bool {
        line.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    private mutating func add(start: Int, _ report: ParagraphReport) {
        paragraphs.append((start, report))
        count(report, sign: 1)
    }

    mutating func count(_ report: ParagraphReport, sign: Int) {
        words += sign * report.words
        sentences += sign * report.sentences
        syllables += sign * report.syllables
        links += sign * report.links.count
        exclamations += sign * report.exclamations.count
        findings += sign * report.findings.count
    }

    /// After an edit replaced the old lines `replaced` (of the text this report is of) with
    /// `replaced.count + lineDelta` lines: the paragraphs it touched are checked again, those
    /// after it move by `lineDelta`. Gives what checking all of `lines` would.
    mutating func update(lines: [String], change: TextBuffer.LineChange, field: CopyField, context: CopyContext) {
        let replaced = change.replaced, lineDelta = change.lineDelta
        // Within one long line checked in pieces: only the pieces around the edit.
        if let bytes = change.bytes, let index = paragraph(holding: replaced.lowerBound),
            paragraphs[index].report.pieces != nil, paragraphs[index].report.lineCount == 1,
            ParagraphReport.isCheckedInPieces(lines[replaced.lowerBound])
        {
            count(paragraphs[index].report, sign: -1)
            paragraphs[index].report.update(
                line: lines[replaced.lowerBound], edit: bytes, inserted: change.inserted, field: field,
                context: context)
            count(paragraphs[index].report, sign: 1)
            return
        }
        // Paragraphs the edit touched or could have joined (ending just before it or starting just after).
        // A paragraph of one long line joins no neighbour: one beside the edit is left alone.
        var first = firstEnding(after: replaced.lowerBound - 1)
        if first < paragraphs.count, paragraphs[first].start < replaced.lowerBound,
            ParagraphReport.isCheckedInPieces(lines[paragraphs[first].start])
        {
            first += 1
        }
        var last = first
        while last < paragraphs.count, paragraphs[last].start <= replaced.upperBound + 1 { last += 1 }
        if last > first, paragraphs[last - 1].start > replaced.upperBound,
            ParagraphReport.isCheckedInPieces(lines[paragraphs[last - 1].start + lineDelta])
        {
            last -= 1
        }
        var lower = replaced.lowerBound, upper = replaced.upperBound + lineDelta + 1
        if first < last {
            lower = min(lower, paragraphs[first].start)
            let end = paragraphs[last - 1].start + paragraphs[last - 1].report.lineCount
            upper = max(upper, end + lineDelta)
        }
        lower = max(0, min(lower, lines.count))
        upper = max(lower, min(upper, lines.count))
        for gone in paragraphs[first..<last] { count(gone.report, sign: -1) }
        var fresh: [(start: Int, report: ParagraphReport)] = []
        for paragraph in Self.paragraphs(of: lines, in: lower..<upper) {
            let report = ParagraphReport.check(lines[paragraph], field: field, context: context)
            count(report, sign: 1)
            fresh.append((paragraph.lowerBound, report))
        }
        if lineDelta != 0 {
            for index in last..<paragraphs.count { paragraphs[index].start += lineDelta }
        }
        paragraphs.replaceSubrange(first..<last, with: fresh)
    }

    /// The paragraph holding a line, if any.
    func paragraph(holding line: Int) -> Int? {
        let index = firstEnding(after: line)
        return index < paragraphs.count && paragraphs[index].start <= line ? index : nil
    }

    /// The first paragraph whose last line is at or after `line` + 1 (a binary search).
    private func firstEnding(after line: Int) -> Int {
        var low = 0, high = paragraphs.count
        while low < high {
            let mid = (low + high) / 2
            if paragraphs[mid].start + paragraphs[mid].report.lineCount <= line { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
