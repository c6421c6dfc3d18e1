import PuffleAPI

/// The unsaved edits of one session, as written to `recovery/SESSION_ID.json`: each edited
/// field's text, and the value it had when loaded, so a recovered edit still notices a change
/// made on the server since. Never holds anything but session text.
public struct RecoveryJournal: Equatable, Sendable {
    /// The session the edits belong to.
    public var sessionID: String
    /// When the edits were written, shown by the recovery prompt.
    public var savedAt: String?
    /// Field → the value the edit started from.
    public var base: JSONObject
    /// Field → the user's text (or, for a restored skeleton, the skeleton).
    public var edits: JSONObject
    /// A chat message typed but not sent.
    public var composer: String?

    /// A journal entry: the session as the edits started from it, the edits, and the composer.
    public init(sessionID: String, savedAt: String? = nil, base: JSONObject, edits: JSONObject, composer: String? = nil)
    {
        self.sessionID = sessionID
        self.savedAt = savedAt
        self.base = base
        self.edits = edits
        self.composer = composer
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
        if state.hasStagedSkeleton, let staged = state.stagedSkeleton {
            baseValues["skeleton"] = base[.skeleton]
            edits["skeleton"] = staged
        }
        let composer = state.editors[.transcript].flatMap { $0.utf8Count > 0 ? $0.text : nil }
        guard !edits.isEmpty || composer != nil else { return nil }
        return RecoveryJournal(sessionID: id, base: baseValues, edits: edits, composer: composer)
    }

    /// The entry as the journal file holds it.
    public var json: JSONValue {
        [
            "format": "puffle-draft recovery 1", "session_id": .string(sessionID), "saved_at": JSONValue(savedAt),
            "base": .object(base), "edits": .object(edits), "composer": JSONValue(composer)
        ]
    }

    /// An entry from the journal file; nil when it is not one.
    public init?(json: JSONValue) {
        guard case .string(let id)? = json["session_id"], case .object(let base)? = json["base"],
            case .object(let edits)? = json["edits"]
        else { return nil }
        self.init(
            sessionID: id, savedAt: json["saved_at"]?.stringValue, base: base, edits: edits,
            composer: json["composer"]?.stringValue)
    }

    var fields: [SessionField] { edits.keys.compactMap(SessionField.init(rawValue:)) }
    var fieldNames: String {
        (fields.map(\.displayName) + (composer == nil ? [] : ["chat message"])).joined(separator: ", ")
    }
    var savedAtShort: String {
        savedAt.map { String($0.replacing(where: { $0 == "T" }, with: " ").prefix(16)) + " UTC" } ?? "an earlier run"
    }
}
