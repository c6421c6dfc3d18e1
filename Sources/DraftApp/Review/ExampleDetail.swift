import DraftCore
import PuffleAPI

/// The selected example in full: its problems first, then the example, its diff against the
/// draft, or the draft filled with its lead's values (`v` cycles).
enum ExampleDetail {
    static func paragraphs(
        _ example: GeneratedExample, index: Int, input: ReadingPane, example shown: ReadingPane.ExampleInput
    )
        -> [Paragraph]
    {
        let problems = shown.problems.indices.contains(index) ? shown.problems[index] : []
        var paragraphs: [Paragraph]
        if problems.isEmpty {
            paragraphs = [.note([Span("No problems found", .statusOK)])]
        } else {
            paragraphs = [
                .note([Span("Check: ", .warning), Span(problems.map(\.summary).joined(separator: "; "), .warning)])
            ]
        }
        let lead = shown.lead
        var about: StyledLine = [Span("Showing \(shown.view.title(input.legend))", .dim)]
        if let lead { about.append(Span(" · lead \(lead.displayName)", .dim)) }
        if shown.view == .example {
            // The body's words, as the Body pane and the body-length rule count them; the other views
            // show the draft or a diff, where the example's count would read as theirs.
            let words = WordCount.words(in: (example.body ?? "")[...])
            about.append(Span(" · body: \(words) word\(words == 1 ? "" : "s")", .dim))
        }
        paragraphs += [.note(about + [Span("  (v: next view)", .dim)]), .blank]
        switch shown.view {
        case .example:
            let leadIDs = input.session.value.generatedExamples.compactMap(\.leadID)
            paragraphs += exampleText(
                example, leadName: lead?.displayName, otherLeads: leadIDs, spelling: shown.spelling.value,
                findings: problems)
        case .diff:
            // Against the draft filled for this example's lead: a variable the example filled is no change.
            func filled(_ text: String) -> String {
                shown.filled.map { TemplateRenderer.render(text, lead: $0).text } ?? text
            }
            let draft = filled(input.subjectText) + "\n\n" + filled(input.bodyText)
            let written = (example.subject ?? "") + "\n\n" + (example.body ?? "")
            paragraphs += WordDiff.styledLines(from: draft, to: written, inText: input.legend.inText).map {
                Paragraph($0)
            }
        case .earlier:
            let examples = input.session.value.generatedExamples
            guard let previous = shown.earlier.first, examples.indices.contains(previous) else {
                paragraphs.append(.note([Span("No earlier version of this lead's example", .placeholder)]))
                break
            }
            let count = shown.earlier.count
            paragraphs.append(
                .note([
                    Span("Example \(previous + 1), the earlier of \(count + 1) versions, against this one", .dim)
                ]))
            let before = (examples[previous].subject ?? "") + "\n\n" + (examples[previous].body ?? "")
            let after = (example.subject ?? "") + "\n\n" + (example.body ?? "")
            paragraphs += WordDiff.styledLines(from: before, to: after, inText: input.legend.inText).map {
                Paragraph($0)
            }
        case .rendered:
            guard let values = shown.filled else {
                paragraphs.append(
                    .note([Span("No lead for this example: choose sample leads with Alt-L or --leads", .placeholder)]))
                break
            }
            // As the email goes out: the sender's values filled in, the campaign's signature below.
            var draft = input.bodyText
            if let signature = shown.signature, !signature.isEmpty { draft += "\n\n" + signature }
            let subject = TemplateRenderer.render(input.subjectText, lead: values)
            let body = TemplateRenderer.render(draft, lead: values)
            let unresolved = subject.unresolved + body.unresolved.filter { !subject.unresolved.contains($0) }
            if !unresolved.isEmpty {
                paragraphs.append(
                    .note([
                        Span("No value for this lead: " + unresolved.map { "%\($0)%" }.joined(separator: " "), .warning)
                    ]))
            }
            paragraphs += [
                .labelled("Subject", TemplateHighlighter.line(StyledText.singleLine(subject.text)), labelWidth: 9),
                .blank
            ]
            paragraphs += Paragraph.template(body.text)
        }
        return paragraphs
    }

    /// A paragraph of the example's subject or body (line `line` of `field`) with its misspelled
    /// words and the copy checks' findings marked. A line the screen shows changed (control
    /// characters made visible) keeps only the spelling marks, which are found on what is shown.
    private static func marked(
        _ paragraph: Paragraph, _ spelling: SpellState, findings: [CopyFinding], field: CopyField, line: Int,
        source: Substring
    ) -> Paragraph {
        // Only the words the review flagged: not the lead's own values, not the session's words.
        let flagged = Set(ExampleReview.misspelledWords(in: findings))
        let text = paragraph.text
        var marks = spelling.misspelledRanges(in: text[...]).filter { flagged.contains(String(text.utf8Slice($0))) }
            .map { SpanMark($0, .misspelled) }
        if paragraph.text == source {
            for finding in findings where finding.field == field && finding.rule != .misspelled {
                guard let range = finding.range, range.lowerBound.line <= line, range.upperBound.line >= line else {
                    continue
                }
                let lower = range.lowerBound.line == line ? range.lowerBound.offset : 0
                let upper = range.upperBound.line == line ? range.upperBound.offset : source.utf8.count
                if lower < upper { marks.insert(SpanMark(lower..<upper, .check), at: 0) }
            }
        }
        guard !marks.isEmpty else { return paragraph }
        var marked = paragraph
        marked.body = paragraph.body.marked(marks)
        return marked
    }

    private static func exampleText(
        _ example: GeneratedExample, leadName: String?, otherLeads: [String], spelling: SpellState,
        findings: [CopyFinding]
    ) -> [Paragraph] {
        var paragraphs: [Paragraph] = [
            example.subject.map {
                marked(
                    .labelled("Subject", TemplateHighlighter.line(StyledText.singleLine($0)), labelWidth: 9), spelling,
                    findings: findings, field: .subject, line: 0, source: $0[...])
            }
                ?? .labelled("Subject", [Span("(empty)", .placeholder)], labelWidth: 9)
        ]
        if let id = example.leadID {
            let shown =
                leadName.map {
                    [Span(StyledText.singleLine($0), .label), Span("  \(ShortID.of(id, among: otherLeads))", .dim)]
                } ?? [
                    Span(id, .dim)
                ]
            paragraphs.append(.labelled("Lead", shown, labelWidth: 9))
        }
        paragraphs.append(.blank)
        if let body = example.body, !body.isEmpty {
            let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
            paragraphs += Paragraph.template(body).enumerated().map { index, paragraph in
                marked(
                    paragraph, spelling, findings: findings, field: .body, line: index,
                    source: lines.indices.contains(index) ? lines[index] : "")
            }
        } else {
            paragraphs.append(.note([Span("(empty body)", .placeholder)]))
        }
        let known: Set<String> = ["lead_id", "subject", "body"]
        if let object = example.json.objectValue {
            let extra = object.entries.filter { !known.contains($0.key) }
            if !extra.isEmpty {
                paragraphs += [.blank] + JSONTree.paragraphs(.object(JSONObject(extra.map { ($0.key, $0.value) })))
            }
        } else {
            paragraphs += JSONTree.paragraphs(example.json)
        }
        return paragraphs
    }
}
