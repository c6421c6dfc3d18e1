import DraftCore
import PuffleAPI

/// Lays out a skeleton for reading. The structured shape (subject, body, blocks with strategy
/// and personalization, the example) gets sections; keys it does not know, and the loose
/// `{hook, value_prop}` shape, are shown as a tree below.
enum SkeletonFormatter {
    static let knownKeys: Set<String> = ["subject", "body", "blocks", "exampleSubject", "exampleBody"]

    /// One block of paragraphs per section, for scrolling.
    static func sections(_ skeleton: JSONValue?, frameworkVersion: Int?) -> [[Paragraph]] {
        guard let skeleton else {
            return [
                [
                    .note([
                        Span("No skeleton yet. It usually appears after two to four chat turns (pane 4).", .placeholder)
                    ])
                ]
            ]
        }
        var sections: [[Paragraph]] = []
        if let frameworkVersion { sections.append([.note([Span("Framework v\(frameworkVersion)", .dim)])]) }
        guard case .object(let object) = skeleton else { return sections + [JSONTree.paragraphs(skeleton)] }
        if let subject = object["subject"]?.stringValue {
            sections.append(heading("Subject") + Paragraph.template(subject, indent: 2))
        }
        if let body = object["body"]?.stringValue {
            sections.append(heading("Body") + Paragraph.template(body, indent: 2))
        }
        if case .array(let blocks)? = object["blocks"] {
            sections.append(heading("Blocks"))
            for (index, block) in blocks.enumerated() { sections.append(blockParagraphs(block, number: index + 1)) }
        }
        if object["exampleSubject"] != nil || object["exampleBody"] != nil {
            var paragraphs = heading("Example")
            if let s = object["exampleSubject"]?.stringValue {
                paragraphs.append(.labelled("Subject", TemplateHighlighter.line(s), indent: 2, labelWidth: 9))
            }
            if let b = object["exampleBody"]?.stringValue { paragraphs += Paragraph.template(b, indent: 2) }
            sections.append(paragraphs)
        }
        let others = object.entries.filter {
            !knownKeys.contains($0.key) || ($0.key == "blocks" && object["blocks"]?.arrayValue == nil)
        }
        if !others.isEmpty {
            let rest = JSONObject(others.map { ($0.key, $0.value) })
            sections.append(
                (sections.isEmpty ? [] : heading("Other"))
                    + JSONTree.paragraphs(.object(rest), indent: sections.isEmpty ? 0 : 2))
        }
        return sections
    }

    private static func heading(_ text: String) -> [Paragraph] { [.note([Span(text, .label)])] }

    private static func blockParagraphs(_ block: JSONValue, number: Int) -> [Paragraph] {
        guard case .object(let object) = block else { return JSONTree.paragraphs(block, indent: 2) }
        let name = object["name"]?.stringValue ?? "block"
        var paragraphs = [Paragraph([Span(name, .label)], lead: [Span("  \(number). ", .dim)])]
        let labelWidth = 10
        if let strategy = object["strategy"]?.stringValue {
            paragraphs.append(
                .labelled("Strategy", TemplateHighlighter.line(strategy), indent: 5, labelWidth: labelWidth))
        }
        if case .object(let personalization)? = object["personalization"] {
            if case .array(let fields)? = personalization["fields"] {
                let names = fields.compactMap(\.stringValue)
                let value: StyledLine =
                    names.isEmpty
                    ? [Span("none", .dim)]
                    : names.enumerated().flatMap { i, n in (i > 0 ? [Span(", ")] : []) + [Span(n, .variable)] }
                paragraphs.append(.labelled("Fields", value, indent: 5, labelWidth: labelWidth))
            }
            for (key, label) in [("approach", "Approach"), ("fallback", "Fallback")] {
                if let text = personalization[key]?.stringValue {
                    paragraphs.append(
                        .labelled(label, TemplateHighlighter.line(text), indent: 5, labelWidth: labelWidth))
                }
            }
            let extra = personalization.entries.filter { !["fields", "approach", "fallback"].contains($0.key) }
            if !extra.isEmpty {
                paragraphs += JSONTree.paragraphs(.object(JSONObject(extra.map { ($0.key, $0.value) })), indent: 5)
            }
        }
        let extra = object.entries.filter { !["name", "strategy", "personalization"].contains($0.key) }
        if !extra.isEmpty {
            paragraphs += JSONTree.paragraphs(.object(JSONObject(extra.map { ($0.key, $0.value) })), indent: 5)
        }
        return paragraphs
    }
}
