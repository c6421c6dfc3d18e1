/// The campaign a session belongs to (`GET /api/campaigns/{id}`): its name and status, its
/// sender and signature, and its sequence. Read tolerantly: a field missing or of another type
/// is left out, unknown node types are kept (and skipped where a message is wanted), and nodes
/// come sorted by position whatever order or repeats the server sends.
public struct Campaign: Sendable, Equatable {
    /// The campaign's UUID.
    public var id: String
    /// The campaign's name, as the web app shows it.
    public var name: String?
    /// The channel the campaign sends on (`email`, `linkedin`).
    public var type: String?
    /// `draft`, `active`, `paused`…: only a draft campaign's emails may be changed (Ctrl-P).
    public var status: String?
    /// The signature Puffle appends to every email the campaign sends.
    public var signature: String?
    /// The accounts that send for the campaign: the `%sender_…%` values come from the first.
    public var senders: [SenderAccount]
    /// Every node, in position order (ties in the order sent).
    public private(set) var nodes: [SequenceNode]
    /// The emails and messages of the sequence, in order: what sessions draft. Delays, the end
    /// and node types that carry no message of their own (`ai`, or one not known yet) are not.
    /// Kept, not filtered on each use: the header asks on every frame.
    public private(set) var messageNodes: [SequenceNode]

    /// A campaign from its parts, for the demo and tests.
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

/// An account that sends the campaign's emails.
public struct SenderAccount: Sendable, Equatable {
    /// The account's id.
    public var id: String?
    /// The address the emails go from.
    public var email: String?
    /// The sender's name as recipients see it.
    public var displayName: String?
    /// The value of `%sender_first%`.
    public var firstName: String?
    /// The value of `%sender_last%`.
    public var lastName: String?

    /// An account from its parts, for the demo and tests.
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
    /// The node's UUID: a session's `node_id` names it.
    public var id: String
    /// Where the node sits in the sequence, from 0.
    public var position: Int?
    /// `email`, `linkedin_message`, `delay`, `end`…
    public var type: String
    /// The subject the campaign sends (emails only).
    public var subject: String?
    /// The body the campaign sends.
    public var body: String?
    /// A delay node's wait: days.
    public var delayDays: Int
    /// A delay node's wait: hours.
    public var delayHours: Int
    /// A delay node's wait: minutes.
    public var delayMinutes: Int

    /// A node from its parts, for the demo and tests.
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

    /// A node as the server sends it; nil without an id or a type.
    public init?(json: JSONValue) {
        guard let object = json.objectValue, let id = object["id"]?.stringValue else { return nil }
        // A wait is a count of at most a million (days: 2,700 years), so sums of them cannot overflow.
        func count(_ key: String) -> Int {
            min(1_000_000, max(0, object[key].flatMap { if case .number(let n) = $0 { n.intValue } else { nil } } ?? 0))
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

    /// Whether the node sends a message that a session can draft.
    public var bearsMessage: Bool { SequenceNode.messageTypes.contains(type) }
    /// Whether the node waits between two messages.
    public var isDelay: Bool { type == "delay" }
    /// Only an email has a subject of its own.
    public var hasSubject: Bool { type == "email" }
    /// Whether the node has neither subject nor body yet.
    public var isEmpty: Bool { (subject ?? "").isEmpty && (body ?? "").isEmpty }
    /// A delay's whole wait in minutes, for the sequence's timeline.
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
