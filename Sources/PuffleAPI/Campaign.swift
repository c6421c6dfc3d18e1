/// The campaign a session belongs to (`GET /api/campaigns/{id}`): its name and status, its
/// sender and signature, and its sequence. Read tolerantly: a field missing or of another type
/// is left out, unknown node types are kept (and skipped where a message is wanted), and nodes
/// come sorted by position whatever order or repeats the server sends.
public struct Campaign: Sendable, Equatable {
    public var id: String
    public var name: String?
    public var type: String?
    public var status: String?
    public var signature: String?
    public var senders: [SenderAccount]
    /// Every node, in position order (ties in the order sent).
    public private(set) var nodes: [SequenceNode]
    /// The emails and messages of the sequence, in order: what sessions draft. Delays, the end
    /// and node types that carry no message of their own (`ai`, or one not known yet) are not.
    /// Kept, not filtered on each use: the header asks on every frame.
    public private(set) var messageNodes: [SequenceNode]

    public init(
        id: String, name: String? = nil, type: String? = nil, status: String? = nil, signature: String? = nil,
        senders: [SenderAccount] = [], nodes: [SequenceNode] = []
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.status = status
        self.signature = signature
        self.senders = senders
        self.nodes = Campaign.ordered(nodes)
        messageNodes = self.nodes.filter(\.bearsMessage)
    }

    /// Reads `{"campaign": {…}, "sequence_nodes": […]}`; nil when there is no campaign object with an id.
    public init?(answer: JSONValue) {
        guard let object = answer["campaign"]?.objectValue, let id = object["id"]?.stringValue else { return nil }
        let senders = (object["sender_accounts"]?.arrayValue ?? []).compactMap(SenderAccount.init(json:))
        let nodes = (answer["sequence_nodes"]?.arrayValue ?? object["sequence_nodes"]?.arrayValue ?? []).compactMap(
            SequenceNode.init(json:))
        self.init(
            id: id, name: object["name"]?.stringValue, type: object["type"]?.stringValue,
            status: object["status"]?.stringValue,
            signature: object["signature"]?.stringValue, senders: senders, nodes: nodes)
    }

    /// Puffle changes the emails of draft campaigns only.
    public var isDraft: Bool { status == "draft" }

    /// The sender whose name fills `%sender_first%` and its siblings: the first account.
    public var sender: SenderAccount? { senders.first }

    /// Takes in a node as `PUT …/nodes/{id}` answered it. The answer may leave out what it did
    /// not change: what was known of those stays.
    public mutating func update(_ answer: SequenceNode) {
        guard let index = nodes.firstIndex(where: { $0.id == answer.id }) else { return }
        nodes[index].subject = answer.subject ?? nodes[index].subject
        nodes[index].body = answer.body ?? nodes[index].body
        messageNodes = nodes.filter(\.bearsMessage)
    }

    private static func ordered(_ nodes: [SequenceNode]) -> [SequenceNode] {
        nodes.enumerated().sorted {
            ($0.element.position ?? Int.max, $0.offset) < ($1.element.position ?? Int.max, $1.offset)
        }.map(\.element)
    }
}

public struct SenderAccount: Sendable, Equatable {
    public var id: String?
    public var email: String?
    public var displayName: String?
    public var firstName: String?
    public var lastName: String?

    public init(
        id: String? = nil, email: String? = nil, displayName: String? = nil, firstName: String? = nil,
        lastName: String? = nil
    ) {
        self.id = id
        self.email = email
        self.displayName = displayName
        self.firstName = firstName
        self.lastName = lastName
    }

    init?(json: JSONValue) {
        guard let object = json.objectValue else { return nil }
        self.init(
            id: object["id"]?.stringValue, email: object["email_address"]?.stringValue ?? object["email"]?.stringValue,
            displayName: object["display_name"]?.stringValue, firstName: object["first_name"]?.stringValue,
            lastName: object["last_name"]?.stringValue)
    }

    /// The values of `%sender_first%`, `%sender_last%` and `%sender_name%` this account has.
    public var variables: [String: String] {
        var values: [String: String] = [:]
        let parts = displayName?.split(separator: " ").map(String.init) ?? []
        if let first = firstName ?? parts.first { values["sender_first"] = first }
        if let last = lastName ?? (parts.count > 1 ? parts.last : nil) { values["sender_last"] = last }
        let full = displayName ?? [firstName, lastName].compactMap { $0 }.joined(separator: " ")
        if !full.isEmpty { values["sender_name"] = full }
        return values
    }
}

/// One step of a campaign's sequence: an email or message, a delay, the end, or a type not known yet.
public struct SequenceNode: Sendable, Equatable {
    public var id: String
    public var position: Int?
    public var type: String
    public var subject: String?
    public var body: String?
    public var delayDays: Int
    public var delayHours: Int
    public var delayMinutes: Int

    public init(
        id: String, position: Int?, type: String, subject: String? = nil, body: String? = nil,
        delayDays: Int = 0, delayHours: Int = 0, delayMinutes: Int = 0
    ) {
        self.id = id
        self.position = position
        self.type = type
        self.subject = subject
        self.body = body
        self.delayDays = delayDays
        self.delayHours = delayHours
        self.delayMinutes = delayMinutes
    }

    public init?(json: JSONValue) {
        guard let object = json.objectValue, let id = object["id"]?.stringValue else { return nil }
        func count(_ key: String) -> Int {
            max(0, object[key].flatMap { if case .number(let n) = $0 { n.intValue } else { nil } } ?? 0)
        }
        let position: Int? = if case .number(let n)? = object["position"] { n.intValue } else { nil }
        self.init(
            id: id, position: position, type: object["type"]?.stringValue ?? "unknown",
            subject: object["subject"]?.stringValue,
            body: object["body"]?.stringValue, delayDays: count("delay_days"), delayHours: count("delay_hours"),
            delayMinutes: count("delay_minutes"))
    }

    /// The types a session drafts and `PUT …/nodes/{id}` writes.
    public static let messageTypes: Set<String> = ["email", "message", "connection_request"]

    public var bearsMessage: Bool { SequenceNode.messageTypes.contains(type) }
    public var isDelay: Bool { type == "delay" }
    /// Only an email has a subject of its own.
    public var hasSubject: Bool { type == "email" }
    public var isEmpty: Bool { (subject ?? "").isEmpty && (body ?? "").isEmpty }
    public var delayMinutesTotal: Int { delayDays * 24 * 60 + delayHours * 60 + delayMinutes }

    /// The keys `PUT …/nodes/{id}` would change to give this node a draft's subject and body:
    /// both for an email, the body alone for a message. Empty when it has them already.
    public func changes(toSubject subject: String, body: String) -> JSONObject {
        var changes = JSONObject()
        if hasSubject && (self.subject ?? "") != subject { changes["subject"] = .string(subject) }
        if (self.body ?? "") != body { changes["body"] = .string(body) }
        return changes
    }

    /// The same for a session's saved draft (none counts as empty): what the header's and the
    /// list's "campaign differs" and Ctrl-P's PUT all go by.
    public func changes(toDraftOf session: Session?) -> JSONObject {
        changes(toSubject: session?.draftSubject ?? "", body: session?.draftBody ?? "")
    }
}
