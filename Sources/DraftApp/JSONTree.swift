import DraftCore
import PuffleAPI

/// Any JSON shown as an indented tree: how skeletons, history entries and fields of unknown
/// shape are displayed, so nothing the server sends is ever hidden.
enum JSONTree {
    static func lines(_ value: JSONValue, width: Int, indent: Int = 0) -> [StyledLine] {
        switch value {
        case .object(let object):
            if object.isEmpty { return StyledText.wrapped([Span("{}", .dim)], width: width, indent: indent) }
            return object.entries.flatMap { entry in member(entry.key, entry.value, width: width, indent: indent) }
        case .array(let items):
            if items.isEmpty { return StyledText.wrapped([Span("[]", .dim)], width: width, indent: indent) }
            return items.flatMap { member("-", $0, width: width, indent: indent) }
        default:
            return StyledText.wrapped(scalar(value), width: width, indent: indent)
        }
    }

    private static func member(_ key: String, _ value: JSONValue, width: Int, indent: Int) -> [StyledLine] {
        switch value {
        case .object(let o) where !o.isEmpty:
            return StyledText.wrapped([Span(key == "-" ? "-" : key + ":", .label)], width: width, indent: indent)
                + lines(value, width: width, indent: indent + 2)
        case .array(let a) where !a.isEmpty:
            return StyledText.wrapped([Span(key + ":", .label)], width: width, indent: indent)
                + lines(value, width: width, indent: indent + 2)
        case .string(let s) where s.contains("\n"):
            return StyledText.wrapped([Span(key == "-" ? "-" : key + ":", .label)], width: width, indent: indent)
                + StyledText.template(s, width: width, indent: indent + 2)
        default:
            let label = key == "-" ? "- " : key + ": "
            return StyledText.wrapped([Span(label, .label)] + scalar(value), width: width, indent: indent)
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
