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
                .note([Span("Check: ", .warning), Span(problems.map(\.reason).joined(separator: "; "), .warning)])
            ]
        }
        let lead = shown.lead
        var about: StyledLine = [Span("Showing \(shown.view.title(input.legend))", .dim)]
        if let lead { about.append(Span(" · lead \(lead.displayName)", .dim)) }
        let words = WordCount.words(in: (example.subject ?? "")[...]) + WordCount.words(in: (example.body ?? "")[...])
        about.append(Span(" · \(words) word\(words == 1 ? "" : "s")", .dim))
        paragraphs += [.note(about + [Span("  (v: next view)", .dim)]), .blank]
        switch shown.view {
        case .example:
            let leadIDs = input.session.value.generatedExamples.compactMap(\.leadID)
            paragraphs += exampleText(
                example, leadName: lead?.displayName, otherLeads: leadIDs, spelling: shown.spelling.value)
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

    /// A paragraph of the example's subject or body with its misspelled words marked.
    private static func marked(_ paragraph: Paragraph, _ spelling: SpellState) -> Paragraph {
        let ranges = spelling.misspelledRanges(in: paragraph.text[...])
        guard !ranges.isEmpty else { return paragraph }
        var marked = paragraph
        marked.body = paragraph.body.marked(ranges.map { SpanMark($0, .misspelled) })
        return marked
    }

    private static func exampleText(
        _ example: GeneratedExample, leadName: String?, otherLeads: [String], spelling: SpellState
    ) -> [Paragraph] {
        var paragraphs: [Paragraph] = [
            example.subject.map {
                marked(
                    .labelled("Subject", TemplateHighlighter.line(StyledText.singleLine($0)), labelWidth: 9), spelling)
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
            paragraphs += Paragraph.template(body).map { marked($0, spelling) }
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
