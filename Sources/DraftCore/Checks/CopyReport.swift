import TemplateSyntax

/// What the copy checks found in a subject and a body: the paragraphs' findings, those of the
/// whole text (length, links, exclamation marks, reading grade, signature), and the figures the
/// titles show. Asked for by line when drawing, so a frame does not gather every finding.
public struct CopyReport: Sendable {
    let subject: FieldReport
    let body: FieldReport
    /// Findings about a whole field, or that need the whole text to be decided.
    public let wholeText: [CopyFinding]
    /// The excess links and exclamation marks (past the limit, in reading order), when there are any.
    let excess: [CopyFinding]
    /// Words in the body, as its title counts them.
    public let bodyWords: Int
    /// The body's Flesch–Kincaid grade; nil for a body too short to judge.
    public let grade: Double?
    /// Names this report: a render keyed on it draws again only when the findings may differ.
    public let revision = Revision.next()

    /// Everything found, counted as the title shows it.
    public var count: Int { subject.findings + body.findings + wholeText.count + excess.count }

    /// Puts the whole-text findings on the two fields' reports; `subjectWhole` is
    /// `subjectFindings(subjectLine, context)`, which the memo keeps while the subject is unchanged.
    init(
        subject: FieldReport, body: FieldReport, subjectWhole: [CopyFinding], bodyLines: [String], bodyWords: Int,
        signOff: CopyFinding?, context: CopyContext
    ) {
        self.subject = subject
        self.body = body
        self.bodyWords = bodyWords
        grade = Readability.grade(words: body.words, sentences: body.sentences, syllables: body.syllables)
        let limits = context.thresholds
        var whole = subjectWhole
        // Paragraphs are the runs of lines that are not blank: none means an empty body.
        let bodyEmpty = body.paragraphs.isEmpty
        if context.isEmail && bodyEmpty { whole.append(CopyFinding(.emptyBody, .body, nil, "no body")) }
        if !bodyEmpty, !limits.bodyWords.contains(bodyWords) {
            whole.append(CopyFinding(.bodyWords, .body, nil, "\(bodyWords) word\(bodyWords == 1 ? "" : "s")"))
        }
        if let grade, grade > Double(limits.readingGrade) {
            let shown = (grade * 10).rounded() / 10
            whole.append(CopyFinding(.readingGrade, .body, nil, "grade \(shown)"))
        }
        if context.isEmail { whole += Self.leftoverInstructions(in: bodyLines, .body) }
        if let signOff { whole.append(signOff) }
        wholeText = whole
        var excess: [CopyFinding] = []
        if subject.links + body.links > limits.links {
            let total = subject.links + body.links
            excess += Self.marks(\.links, subject: subject, body: body).dropFirst(limits.links).map {
                CopyFinding(.links, $0.field, $0.range, "\(total) links")
            }
        }
        if subject.exclamations + body.exclamations > limits.exclamations {
            let total = subject.exclamations + body.exclamations
            excess += Self.marks(\.exclamations, subject: subject, body: body).dropFirst(limits.exclamations).map {
                CopyFinding(.exclamations, $0.field, $0.range, "\(total) exclamation marks")
            }
        }
        self.excess = excess
    }

    /// Every finding, subject first, each field in reading order (whole-field ones at its start).
    public var all: [CopyFinding] {
        var found: [CopyFinding] = []
        for (field, report) in [(CopyField.subject, subject), (.body, body)] {
            found += wholeText.filter { $0.field == field && $0.range == nil }
            var ranged =
                wholeText.filter { $0.field == field && $0.range != nil }
                + excess.filter { $0.field == field }
            for paragraph in report.paragraphs {
                ranged += paragraph.report.findings.map { $0.moved(lines: paragraph.start) }
            }
            found += ranged.sorted(by: CopyFinding.inReadingOrder)
        }
        return found
    }

    /// The byte ranges of a field's line that findings cover, to mark them. Asked for every line
    /// on screen on every frame that draws it, so it makes no array for a line without findings.
    public func marks(in field: CopyField, line: Int, length: Int) -> [Range<Int>] {
        var marks: [Range<Int>] = []
        func mark(_ range: Range<TextPosition>) {
            guard range.lowerBound.line <= line, range.upperBound.line >= line else { return }
            let lower = range.lowerBound.line == line ? range.lowerBound.offset : 0
            let upper = range.upperBound.line == line ? range.upperBound.offset : length
            if lower < upper { marks.append(lower..<upper) }
        }
        for finding in wholeText where finding.field == field { finding.range.map(mark) }
        for finding in excess where finding.field == field { finding.range.map(mark) }
        let report = field == .subject ? subject : body
        if let index = report.paragraph(holding: line) {
            let start = report.paragraphs[index].start
            for finding in report.paragraphs[index].report.findings {
                finding.range.map { mark($0.moved(lines: start)) }
            }
        }
        return marks
    }

    /// Links or exclamation marks in reading order, with the field each is in.
    private static func marks(
        _ path: KeyPath<ParagraphReport, [Range<TextPosition>]>, subject: FieldReport, body: FieldReport
    ) -> [(field: CopyField, range: Range<TextPosition>)] {
        var found: [(field: CopyField, range: Range<TextPosition>)] = []
        for (field, report) in [(CopyField.subject, subject), (.body, body)] {
            for paragraph in report.paragraphs {
                found += paragraph.report[keyPath: path].map { (field, $0.moved(lines: paragraph.start)) }
            }
        }
        return found
    }

    /// What is found in the subject as a whole: none in an email, over the character or word
    /// limit (the part past the limit is marked), instructions left in it.
    static func subjectFindings(_ subject: String, context: CopyContext) -> [CopyFinding] {
        var found: [CopyFinding] = []
        if context.isEmail && FieldReport.isBlank(subject) {
            found.append(CopyFinding(.emptySubject, .subject, nil, "no subject"))
        }
        let limits = context.thresholds
        let characters = subject.count
        if characters > limits.subjectCharacters {
            let cut = subject.index(subject.startIndex, offsetBy: limits.subjectCharacters)
            let offset = subject.utf8.distance(from: subject.startIndex, to: cut)
            found.append(
                CopyFinding(
                    .subjectCharacters, .subject,
                    TextPosition(line: 0, offset: offset)..<TextPosition(line: 0, offset: subject.utf8.count),
                    "\(characters) characters"))
        }
        // Words as the titles count them (`WordCount`): runs between spaces with a letter or digit.
        var starts: [Int] = []
        var position = 0
        for chunk in subject.split(separator: " ", omittingEmptySubsequences: false) {
            if WordCount.words(in: chunk) > 0 { starts.append(position) }
            position += chunk.utf8.count + 1
        }
        if starts.count > limits.subjectWords {
            let start = TextPosition(line: 0, offset: starts[limits.subjectWords])
            found.append(
                CopyFinding(
                    .subjectWords, .subject, start..<TextPosition(line: 0, offset: subject.utf8.count),
                    "\(starts.count) words"))
        }
        if context.isEmail { found += leftoverInstructions(in: [subject], .subject) }
        return found
    }

    /// `&&…&&` instructions left in an email, each marked where it is on one line: the closed fill
    /// regions of the highlighter, which draws them (one meaning of a fill region).
    private static func leftoverInstructions(in lines: [String], _ field: CopyField) -> [CopyFinding] {
        var found: [CopyFinding] = []
        for (index, line) in lines.enumerated() {
            var open = false
            let fills = TemplateHighlighter.runs(line[...], insideFill: &open).filter { $0.role == .aiFill }
            // A region still open at the line's end is not an instruction left whole.
            for fill in open ? fills.dropLast() : fills[...] {
                found.append(
                    CopyFinding(
                        .leftoverInstruction, field,
                        TextPosition(
                            line: index, offset: fill.range.lowerBound)..<TextPosition(
                                line: index, offset: fill.range.upperBound),
                        "“\(line.utf8Slice(fill.range).prefix(40))”"))
            }
        }
        return found
    }

    /// The longest line read as a sign-off.
    static let signOffBytes = 512

    /// One of the body's last lines as read for a sign-off: its place, and its text when it is
    /// short enough to be one (a longer line is not read, whatever it holds).
    struct SignOffLine: Equatable {
        var index: Int
        var text: String?
    }

    /// The body's last lines that are not blank, at most three, last first: where a sign-off is
    /// looked for. The memo compares them between keystrokes and reads them again only when one
    /// changed, so typing elsewhere in the body does not parse them.
    static func signOffLines(_ lines: [String]) -> [SignOffLine] {
        var found: [SignOffLine] = []
        var index = lines.count - 1
        while index >= 0, found.count < 3 {
            let line = lines[index]
            if !FieldReport.isBlank(line) {
                found.append(SignOffLine(index: index, text: line.utf8.count <= signOffBytes ? line : nil))
            }
            index -= 1
        }
        return found
    }

    /// A sign-off naming the sender in the body's last lines while the campaign's signature
    /// names the sender too: the email would be signed twice.
    static func doubleSignature(_ lines: [SignOffLine], context: CopyContext) -> CopyFinding? {
        guard context.signatureNamesSender else { return nil }
        for line in lines {
            guard let text = line.text, names(sender: text, context.senderNameKeys) else { continue }
            return CopyFinding(
                .doubleSignature, .body,
                TextPosition(line: line.index, offset: 0)..<TextPosition(line: line.index, offset: text.utf8.count),
                "“\(text.trimmed)” and the signature")
        }
        return nil
    }

    /// Whether a text names the sender: one of their names (as folded word keys) as whole
    /// words, or a sender variable. Asked at every keystroke of the body's last lines, so no
    /// Foundation search: a variable's name is read from its bytes.
    static func names(sender text: String, _ senderNames: [[UInt64]]) -> Bool {
        let words = CopyWord.words(in: text)
        if words.contains(where: {
            $0.isVariable && TemplateSyntax.name(ofVariable: text.utf8Slice($0.bytes)).hasPrefix("sender")
        }) {
            return true
        }
        let folded = words.map(\.key)
        return senderNames.contains { parts in
            guard parts.count <= folded.count else { return false }
            return (0...(folded.count - parts.count)).contains { folded[$0..<($0 + parts.count)].elementsEqual(parts) }
        }
    }
}

extension CopyFinding {
    /// The finding moved `lines` lines down and `bytes` bytes along (a paragraph's finding
    /// placed in its field, a piece's in its line).
    func moved(lines: Int = 0, bytes: Int = 0) -> CopyFinding {
        guard lines != 0 || bytes != 0, let range else { return self }
        var moved = self
        moved.range = range.moved(lines: lines, bytes: bytes)
        return moved
    }
}

extension Range where Bound == TextPosition {
    /// The range moved `lines` lines down and `bytes` bytes along.
    func moved(lines: Int = 0, bytes: Int = 0) -> Range<TextPosition> {
        TextPosition(
            line: lowerBound.line + lines, offset: lowerBound.offset + bytes)..<TextPosition(
                line: upperBound.line + lines, offset: upperBound.offset + bytes)
    }
}
