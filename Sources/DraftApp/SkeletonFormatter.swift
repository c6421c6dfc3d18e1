import DraftCore
import PuffleAPI

/// Lays out a skeleton for reading. The structured shape (subject, body, blocks with strategy
/// and personalization, the example) gets sections; keys it does not know, and the loose
/// `{hook, value_prop}` shape, are shown as a tree below.
enum SkeletonFormatter {
    static let knownKeys: Set<String> = ["subject", "body", "blocks", "exampleSubject", "exampleBody"]

    /// One block of lines per section, for scrolling.
    static func sections(_ skeleton: JSONValue?, frameworkVersion: Int?, width: Int) -> [[StyledLine]] {
        guard let skeleton else {
            return [StyledText.wrapped([Span("No skeleton yet. It usually appears after two to four chat turns (pane 4).", .placeholder)], width: width)]
        }
        var sections: [[StyledLine]] = []
        if let frameworkVersion { sections.append([[Span("Framework v\(frameworkVersion)", .dim)]]) }
        guard case .object(let object) = skeleton else { return sections + [JSONTree.lines(skeleton, width: width)] }
        if let subject = object["subject"]?.stringValue {
            sections.append(heading("Subject") + StyledText.template(subject, width: width, indent: 2))
        }
        if let body = object["body"]?.stringValue {
            sections.append(heading("Body") + StyledText.template(body, width: width, indent: 2))
        }
        if case .array(let blocks)? = object["blocks"] {
            sections.append(heading("Blocks"))
            for (index, block) in blocks.enumerated() { sections.append(blockLines(block, number: index + 1, width: width)) }
        }
        if object["exampleSubject"] != nil || object["exampleBody"] != nil {
            var lines = heading("Example")
            if let s = object["exampleSubject"]?.stringValue {
                lines += StyledText.labelled("Subject", TemplateHighlighter.line(s), width: width, indent: 2, labelWidth: 9)
            }
            if let b = object["exampleBody"]?.stringValue { lines += StyledText.template(b, width: width, indent: 2) }
            sections.append(lines)
        }
        let others = object.entries.filter { !knownKeys.contains($0.key) || ($0.key == "blocks" && object["blocks"]?.arrayValue == nil) }
        if !others.isEmpty {
            let rest = JSONObject(others.map { ($0.key, $0.value) })
            sections.append((sections.isEmpty ? [] : heading("Other")) + JSONTree.lines(.object(rest), width: width, indent: sections.isEmpty ? 0 : 2))
        }
        return sections
    }

    private static func heading(_ text: String) -> [StyledLine] { [[Span(text, .label)]] }

    private static func blockLines(_ block: JSONValue, number: Int, width: Int) -> [StyledLine] {
        guard case .object(let object) = block else { return JSONTree.lines(block, width: width, indent: 2) }
        let name = object["name"]?.stringValue ?? "block"
        var lines: [StyledLine] = [[Span("  \(number). ", .dim), Span(name, .label)]]
        let labelWidth = 10
        if let strategy = object["strategy"]?.stringValue {
            lines += StyledText.labelled("Strategy", TemplateHighlighter.line(strategy), width: width, indent: 5, labelWidth: labelWidth)
        }
        if case .object(let personalization)? = object["personalization"] {
            if case .array(let fields)? = personalization["fields"] {
                let names = fields.compactMap(\.stringValue)
                let value: StyledLine = names.isEmpty ? [Span("none", .dim)]
                    : names.enumerated().flatMap { i, n in (i > 0 ? [Span(", ")] : []) + [Span(n, .variable)] }
                lines += StyledText.labelled("Fields", value, width: width, indent: 5, labelWidth: labelWidth)
            }
            for (key, label) in [("approach", "Approach"), ("fallback", "Fallback")] {
                if let text = personalization[key]?.stringValue {
                    lines += StyledText.labelled(label, TemplateHighlighter.line(text), width: width, indent: 5, labelWidth: labelWidth)
                }
            }
            let extra = personalization.entries.filter { !["fields", "approach", "fallback"].contains($0.key) }
            if !extra.isEmpty { lines += JSONTree.lines(.object(JSONObject(extra.map { ($0.key, $0.value) })), width: width, indent: 5) }
        }
        let extra = object.entries.filter { !["name", "strategy", "personalization"].contains($0.key) }
        if !extra.isEmpty { lines += JSONTree.lines(.object(JSONObject(extra.map { ($0.key, $0.value) })), width: width, indent: 5) }
        return lines
    }
}
