/// A row of `GET /api/campaigns`: what the campaigns screen lists to start from, so a copywriter
/// never has to dig a UUID out of the web app's address bar.
public struct CampaignSummary: Sendable, Equatable, Identifiable {
    /// The campaign's UUID.
    public var id: String
    /// The campaign's name, as the web app shows it.
    public var name: String?
    /// The channel (`email`, `linkedin`).
    public var type: String?
    /// `draft`, `active`, `paused`…
    public var status: String?
    /// How many nodes its sequence has, as the server counts them (delays and the end included).
    public var nodeCount: Int?
    /// How many messages (emails, or LinkedIn messages and requests) its sequence sends, when the
    /// campaign was read in full: the list's `node_count` counts delays and the end too.
    public var messageCount: Int?

    /// A row from its parts, for the demo and tests.
    public init(
        id: String, name: String? = nil, type: String? = nil, status: String? = nil, nodeCount: Int? = nil,
        messageCount: Int? = nil
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.status = status
        self.nodeCount = nodeCount
        self.messageCount = messageCount
    }

    /// A row as the server sends it; nil without an id.
    public init?(json: JSONValue) {
        guard let object = json.objectValue, let id = object["id"]?.stringValue else { return nil }
        let count: Int? = if case .number(let n)? = object["node_count"] { n.intValue.map { max(0, $0) } } else { nil }
        self.init(
            id: id, name: object["name"]?.stringValue, type: object["type"]?.stringValue,
            status: object["status"]?.stringValue, nodeCount: count)
    }

    /// Reads `{"campaigns": […]}` in the server's order (newest first); nil without the list.
    public static func list(answer: JSONValue) -> [CampaignSummary]? {
        answer["campaigns"]?.arrayValue.map { $0.compactMap(CampaignSummary.init(json:)) }
    }

    /// The summary of a campaign read in full (the demo answers from its campaign files).
    public init(_ campaign: Campaign) {
        self.init(
            id: campaign.id, name: campaign.name, type: campaign.type, status: campaign.status,
            nodeCount: campaign.nodes.count, messageCount: campaign.messageNodes.count)
    }
}
