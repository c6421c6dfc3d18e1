import DraftCore
import PuffleAPI

/// The selected example in full: its problems first, then the example, its diff against the
/// draft, or the draft filled with its lead's values (`v` cycles).
enum ExampleDetail {
    static func lines(_ example: GeneratedExample, index: Int, problems: [ExampleProblem], state: AppState, width: Int) -> [StyledLine] {
        var lines: [StyledLine]
        if problems.isEmpty {
            lines = StyledText.wrapped([Span("No problems found", .statusOK)], width: width)
        } else {
            lines = StyledText.wrapped([Span("Check: ", .warning), Span(problems.map(\.reason).joined(separator: "; "), .warning)], width: width)
        }
        let lead = ExampleReview.lead(for: example, at: index, in: state.leads)
        var about: StyledLine = [Span("Showing \(state.exampleView.title(state.diffLegend))", .dim)]
        if let lead { about.append(Span(" · lead \(lead.displayName)", .dim)) }
        lines += StyledText.wrapped(about + [Span("  (v: next view)", .dim)], width: width)
        lines.append([])
        switch state.exampleView {
        case .example:
            lines += exampleText(example, width: width)
        case .diff:
            let draft = (state.editors[.subject]?.text ?? "") + "\n\n" + (state.editors[.body]?.text ?? "")
            let written = (example.subject ?? "") + "\n\n" + (example.body ?? "")
            lines += WordDiff.styledLines(from: draft, to: written).flatMap { TextWrap.wrap($0, width: width) }
        case .rendered:
            guard let lead else {
                lines += StyledText.wrapped([Span("No lead for this example: give sample leads with --leads", .placeholder)], width: width)
                break
            }
            let subject = TemplateRenderer.render(state.editors[.subject]?.text ?? "", lead: lead)
            let body = TemplateRenderer.render(state.editors[.body]?.text ?? "", lead: lead)
            let unresolved = subject.unresolved + body.unresolved.filter { !subject.unresolved.contains($0) }
            if !unresolved.isEmpty {
                lines += StyledText.wrapped([Span("No value for this lead: " + unresolved.map { "%\($0)%" }.joined(separator: " "), .warning)],
                                            width: width)
            }
            lines += StyledText.labelled("Subject", TemplateHighlighter.line(StyledText.singleLine(subject.text)), width: width, indent: 0, labelWidth: 9)
            lines.append([])
            lines += StyledText.template(body.text, width: width)
        }
        return lines
    }

    private static func exampleText(_ example: GeneratedExample, width: Int) -> [StyledLine] {
        var lines = StyledText.labelled("Subject", example.subject.map { TemplateHighlighter.line(StyledText.singleLine($0)) }
                                            ?? [Span("(empty)", .placeholder)], width: width, indent: 0, labelWidth: 9)
        if let lead = example.leadID { lines += StyledText.labelled("Lead", [Span(lead, .dim)], width: width, indent: 0, labelWidth: 9) }
        lines.append([])
        if let body = example.body, !body.isEmpty {
            lines += StyledText.template(body, width: width)
        } else {
            lines.append([Span("(empty body)", .placeholder)])
        }
        let known: Set<String> = ["lead_id", "subject", "body"]
        if let object = example.json.objectValue {
            let extra = object.entries.filter { !known.contains($0.key) }
            if !extra.isEmpty { lines += [[]] + JSONTree.lines(.object(JSONObject(extra.map { ($0.key, $0.value) })), width: width) }
        } else {
            lines += JSONTree.lines(example.json, width: width)
        }
        return lines
    }
}
