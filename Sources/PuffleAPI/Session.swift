/// One AI chat session, exactly as the server sent it.
///
/// The JSON object is the storage: typed properties read and write into it, so fields this
/// client does not know about survive a load-edit-save cycle untouched. A session is checked
/// once, when it is made, so the accessors below never meet a wrongly-typed documented field.
public struct Session: Sendable, Equatable {
    /// The session exactly as the server sent it: keys this client does not know survive a save.
    public private(set) var json: JSONObject

    /// Validates the documented fields' types; anything else is kept as it is.
    public init(json: JSONObject) throws(SessionDecodingError) {
        try SessionSchema.validate(json)
        self.json = json
    }

    /// A session from the server's answer; throws when a known field has the wrong type.
    public init(json value: JSONValue) throws(SessionDecodingError) {
        guard case .object(let object) = value else {
            throw SessionDecodingError(field: nil, problem: "a session should be an object, found \(value.kindName)")
        }
        try self.init(json: object)
    }

    /// A field's value, `null` when absent.
    public subscript(field: SessionField) -> JSONValue {
        get { json[field.rawValue] ?? .null }
        set { json[field.rawValue] = newValue }
    }

    /// The session's UUID.
    public var id: String { json["id"]?.stringValue ?? "" }
    /// The id is a UUID. A session from a list whose id is not (`../../x`) is shown as broken and
    /// never opened: its id would become a URL and a file name.
    public var hasValidID: Bool { SessionID.isValid(id) }
    /// The campaign the session drafts for.
    public var campaignID: String? { json["campaign_id"]?.stringValue }
    /// The campaign's node (email) the session drafts.
    public var nodeID: String? { json["node_id"]?.stringValue }
    /// When the server made the session (ISO 8601, as sent).
    public var createdAt: String? { json["created_at"]?.stringValue }
    /// When the session last changed on the server: the save compares it to catch a colleague's edit.
    public var updatedAt: String? { json["updated_at"]?.stringValue }

    /// The session's title, as the list and the header show it.
    public var title: String? {
        get { self[.title].stringValue }
        set { self[.title] = JSONValue(newValue) }
    }

    /// The draft's subject line, with its `%variables%`.
    public var draftSubject: String? {
        get { self[.draftSubject].stringValue }
        set { self[.draftSubject] = JSONValue(newValue) }
    }

    /// The draft's body, with its `%variables%` and `&&fills&&`.
    public var draftBody: String? {
        get { self[.draftBody].stringValue }
        set { self[.draftBody] = JSONValue(newValue) }
    }

    /// The chat transcript, oldest first; entries that are not messages are left out.
    public var messages: [ChatMessage] {
        (self[.messages].arrayValue ?? []).map(ChatMessage.init)
    }

    /// The transcript's length, without decoding any message.
    public var messageCount: Int { self[.messages].arrayValue?.count ?? 0 }

    /// One message, decoded on demand: views of long transcripts touch only what is on screen.
    public func message(at index: Int) -> ChatMessage { ChatMessage(self[.messages].arrayValue![index]) }

    /// The email's structure as the LLM last wrote it; nil before the first turn.
    public var skeleton: JSONValue? {
        let value = self[.skeleton]
        return value.isNull ? nil : value
    }

    /// Earlier skeletons, oldest first: the Skeleton pane browses them.
    public var skeletonHistory: [JSONValue] { self[.skeletonHistory].arrayValue ?? [] }
    /// Earlier drafts, oldest first: the History pane lists them and restores one.
    public var draftHistory: [JSONValue] { self[.draftHistory].arrayValue ?? [] }

    /// The skeleton's version number, shown in the Skeleton pane.
    public var frameworkVersion: Int? {
        if case .number(let n) = self[.frameworkVersion] { return n.intValue }
        return nil
    }

    /// The example emails the LLM wrote, one per lead.
    public var generatedExamples: [GeneratedExample] {
        (self[.generatedExamples].arrayValue ?? []).map(GeneratedExample.init)
    }

    /// What the server is doing for the session; nil when idle.
    public var taskStatus: TaskStatus? {
        self[.taskStatus].stringValue.map(TaskStatus.init(rawValue:))
    }
}

/// The documented fields a PATCH may write, in the order the API reference lists them.
public enum SessionField: String, Sendable, CaseIterable {
    case messages
    case title
    case draftSubject = "draft_subject"
    case draftBody = "draft_body"
    case skeleton
    case skeletonHistory = "skeleton_history"
    case draftHistory = "draft_history"
    case frameworkVersion = "framework_version"
    case generatedExamples = "generated_examples"
    case taskStatus = "task_status"
}

/// What the server is doing with the session; nil (JSON null) means idle.
public enum TaskStatus: Sendable, Equatable {
    case chatProcessing
    case generatingExamples
    /// A value this client does not know yet; shown as the server spells it.
    case other(String)

    /// A status from the server's spelling; an unknown one is kept as it is.
    public init(rawValue: String) {
        switch rawValue {
        case "chat_processing": self = .chatProcessing
        case "generating_examples": self = .generatingExamples
        default: self = .other(rawValue)
        }
    }

    /// The status as the server spells it, for a PATCH and the header.
    public var rawValue: String {
        switch self {
        case .chatProcessing: "chat_processing"
        case .generatingExamples: "generating_examples"
        case .other(let raw): raw
        }
    }

    /// The words the header shows next to the spinner.
    public var label: String {
        switch self {
        case .chatProcessing: "chat processing"
        case .generatingExamples: "generating examples"
        case .other(let raw): raw.replacingOccurrences(of: "_", with: " ")
        }
    }
}

/// One transcript entry. Content that is not a string (a future multi-part format) is shown as JSON.
public struct ChatMessage: Sendable, Equatable {
    /// `user` or `assistant`.
    public let role: String
    /// The message's text as sent; drawn only through the display filter.
    public let content: String

    /// A message from its parts.
    public init(role: String, content: String) {
        self.role = role
        self.content = content
    }

    init(_ value: JSONValue) {
        role = value["role"]?.stringValue ?? "?"
        switch value["content"] {
        case .string(let s)?: content = s
        case nil, .null?: content = ""
        case let other?: content = JSONWriter.string(other)
        }
    }

    /// The message as the session's `messages` array holds it.
    public var json: JSONValue { ["role": .string(role), "content": .string(content)] }
}

/// One AI sample email for one lead.
public struct GeneratedExample: Sendable, Equatable {
    /// The roster prospect the example was written for, when the server says.
    public let leadID: String?
    /// The example's subject, variables filled.
    public let subject: String?
    /// The example's body, variables filled.
    public let body: String?
    /// The whole item, for fields the client does not model (a lead name, a score).
    public let json: JSONValue

    init(_ value: JSONValue) {
        json = value
        leadID = value["lead_id"]?.stringValue
        subject = value["subject"]?.stringValue
        body = value["body"]?.stringValue
    }
}
