/// A documented field holds a value of the wrong type; the message names the field.
public struct SessionDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The field that does not fit, or nil for the whole answer.
    public let field: String?
    /// What was expected and what came.
    public let problem: String

    /// The problem in words for the footer.
    public var description: String {
        if let field { return "the server sent a session whose \(field) is wrong: \(problem)" }
        return "the server sent a malformed session: \(problem)"
    }
}

/// The documented shape of a session, checked once when a session is made so the typed
/// accessors can trust it. Every content field may be null or absent (a new session has them
/// all null); unknown fields are not checked.
enum SessionSchema {
    enum Kind {
        case string, integer, object, array, arrayOfObjects

        var name: String {
            switch self {
            case .string: "a string"
            case .integer: "a whole number"
            case .object: "an object"
            case .array: "an array"
            case .arrayOfObjects: "an array of objects"
            }
        }
    }

    static let fields: [(String, Kind)] = [
        ("id", .string), ("user_id", .string), ("campaign_id", .string), ("node_id", .string),
        ("title", .string), ("messages", .arrayOfObjects), ("draft_subject", .string),
        ("draft_body", .string), ("skeleton", .object), ("skeleton_history", .array),
        ("draft_history", .array), ("framework_version", .integer),
        ("generated_examples", .arrayOfObjects), ("task_status", .string),
        ("created_at", .string), ("updated_at", .string)
    ]

    static func validate(_ json: JSONObject) throws(SessionDecodingError) {
        guard case .string(let id)? = json["id"], !id.isEmpty else {
            throw SessionDecodingError(field: "id", problem: "it is missing or not a string")
        }
        for (name, kind) in fields {
            guard let value = json[name], value != .null else { continue }
            guard matches(value, kind) else {
                throw SessionDecodingError(
                    field: name, problem: "expected \(kind.name) or null, found \(value.kindName)")
            }
        }
    }

    private static func matches(_ value: JSONValue, _ kind: Kind) -> Bool {
        switch (kind, value) {
        case (.string, .string), (.object, .object), (.array, .array): return true
        case (.integer, .number(let n)): return n.intValue != nil
        case (.arrayOfObjects, .array(let items)):
            return items.allSatisfy { if case .object = $0 { true } else { false } }
        default: return false
        }
    }
}
