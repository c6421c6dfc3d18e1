import PuffleAPI

/// The unsaved edits of one session, as written to `recovery/SESSION_ID.json`: each edited
/// field's text, and the value it had when loaded, so a recovered edit still notices a change
/// made on the server since. Never holds anything but session text.
public struct RecoveryJournal: Equatable, Sendable {
    public var sessionID: String
    public var savedAt: String?
    /// Field → the value the edit started from.
    public var base: JSONObject
    /// Field → the user's text.
    public var edits: JSONObject

    public init(sessionID: String, savedAt: String? = nil, base: JSONObject, edits: JSONObject) {
        self.sessionID = sessionID
        self.savedAt = savedAt
        self.base = base
        self.edits = edits
    }

    /// The journal for the state's current edits, or nil when nothing is unsaved.
    static func snapshot(of state: AppState) -> RecoveryJournal? {
        guard let id = state.sessionID, let base = state.base else { return nil }
        var baseValues = JSONObject(), edits = JSONObject()
        for pane in state.changedPanes {
            guard let field = pane.field, let editor = state.editors[pane] else { continue }
            baseValues[field.rawValue] = base[field]
            edits[field.rawValue] = .string(editor.text)
        }
        return edits.isEmpty ? nil : RecoveryJournal(sessionID: id, base: baseValues, edits: edits)
    }

    public var json: JSONValue {
        ["format": "puffle-draft recovery 1", "session_id": .string(sessionID), "saved_at": JSONValue(savedAt),
         "base": .object(base), "edits": .object(edits)]
    }

    public init?(json: JSONValue) {
        guard case .string(let id)? = json["session_id"], case .object(let base)? = json["base"],
              case .object(let edits)? = json["edits"] else { return nil }
        self.init(sessionID: id, savedAt: json["saved_at"]?.stringValue, base: base, edits: edits)
    }

    var fields: [SessionField] { edits.keys.compactMap(SessionField.init(rawValue:)) }
    var fieldNames: String { fields.map(\.displayName).joined(separator: ", ") }
    var savedAtShort: String { savedAt.map { String($0.replacingOccurrences(of: "T", with: " ").prefix(16)) + " UTC" } ?? "an earlier run" }
}
