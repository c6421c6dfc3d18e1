import DraftCore
import PuffleAPI

/// Any JSON shown as an indented tree: how skeletons, history entries and fields of unknown
/// shape are displayed, so nothing the server sends is ever hidden.
enum JSONTree {
    static func paragraphs(_ value: JSONValue, indent: Int = 0) -> [Paragraph] {
        switch value {
        case .object(let object):
            if object.isEmpty { return [.indented([Span("{}", .dim)], by: indent)] }
            return object.entries.flatMap { entry in member(entry.key, entry.value, indent: indent) }
        case .array(let items):
            if items.isEmpty { return [.indented([Span("[]", .dim)], by: indent)] }
            return items.flatMap { member("-", $0, indent: indent) }
        default:
            return [.indented(scalar(value), by: indent)]
        }
    }

    private static func member(_ key: String, _ value: JSONValue, indent: Int) -> [Paragraph] {
        switch value {
        case .object(let o) where !o.isEmpty:
            return [.indented([Span(key == "-" ? "-" : key + ":", .label)], by: indent)]
                + paragraphs(value, indent: indent + 2)
        case .array(let a) where !a.isEmpty:
            return [.indented([Span(key + ":", .label)], by: indent)] + paragraphs(value, indent: indent + 2)
        case .string(let s) where s.contains("\n"):
            return [.indented([Span(key == "-" ? "-" : key + ":", .label)], by: indent)]
                + Paragraph.template(s, indent: indent + 2)
        default:
            let label = key == "-" ? "- " : key + ": "
            return [.indented([Span(label, .label)] + scalar(value), by: indent)]
        }
    }

    static func scalar(_ value: JSONValue) -> StyledLine {
        switch value {
        case .null: [Span("null", .dim)]
        case .bool(let b): [Span(b ? "true" : "false")]
        case .number(let n): [Span(n.literal)]
        case .string(let s): TemplateHighlighter.line(s)
        case .array, .object: [Span(JSONWriter.string(value), .dim)]
        }
    }
}
