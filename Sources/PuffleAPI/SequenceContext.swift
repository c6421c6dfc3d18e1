/// Where this email sits in the campaign's sequence, sent with turns and example requests so
/// the LLM can refer back to the emails before it.
///
/// Built from the campaign's sequence (`init(campaign:nodeID:sessions:)`), or given with
/// `--sequence FILE`, whose `prior_nodes` are passed through as written. `position` counts from 0
/// among the emails and messages (delays and the end are not counted), as Puffle's positions do.
public struct SequenceContext: Sendable, Equatable {
    /// The email's place in the sequence, from 0.
    public var position: Int
    /// How many nodes the sequence has.
    public var totalNodes: Int
    /// The emails before this one, so the LLM writes a follow-up that follows.
    public var priorNodes: [JSONValue]

    /// A context from its parts.
    public init(position: Int, totalNodes: Int, priorNodes: [JSONValue] = []) {
        self.position = position
        self.totalNodes = totalNodes
        self.priorNodes = priorNodes
    }

    var json: JSONValue {
        [
            "position": .number(JSONNumber(position)), "total_nodes": .number(JSONNumber(totalNodes)),
            "prior_nodes": .array(priorNodes)
        ]
    }

    /// Where `nodeID` sits among the campaign's emails and messages, with the ones before it as
    /// `{type, subject, body}`: the node's own text or, while it is still empty, the current draft
    /// of the campaign's session for it. Nil when the node is not one of them.
    public init?(campaign: Campaign, nodeID: String, sessions: [Session]) {
        let nodes = campaign.messageNodes
        guard let index = nodes.firstIndex(where: { $0.id == nodeID }) else { return nil }
        let prior: [JSONValue] = nodes[..<index].map { node in
            var subject = node.subject, body = node.body
            if node.isEmpty,
                let draft = sessions.first(where: { $0.nodeID == node.id && ($0.draftBody ?? "").isEmpty == false })
            {
                subject = draft.draftSubject
                body = draft.draftBody
            }
            return [
                "type": .string(node.type), "subject": node.hasSubject ? subject.map(JSONValue.string) ?? .null : .null,
                "body": body.map(JSONValue.string) ?? .null
            ]
        }
        self.init(position: index, totalNodes: nodes.count, priorNodes: prior)
    }

    /// Reads a `--sequence` file: `{"position": 1, "total_nodes": 3, "prior_nodes": [...]}`.
    /// The error names the field to fix, or the line of a JSON mistake.
    public static func parse(_ bytes: [UInt8]) throws(InputFileError) -> SequenceContext {
        guard case .object(let object) = try InputFileError.parseJSON(bytes) else {
            throw InputFileError(line: 1, message: "expected an object with position, total_nodes and prior_nodes")
        }
        func count(_ key: String, from least: Int) throws(InputFileError) -> Int {
            guard case .number(let number)? = object[key], let int = number.intValue, int >= least else {
                throw InputFileError(line: 1, message: "\(key) must be a whole number from \(least) up")
            }
            return int
        }
        let position = try count("position", from: 0)
        let total = try count("total_nodes", from: 1)
        guard position < total else {
            throw InputFileError(
                line: 1, message: "position \(position) is past the last (total_nodes \(total); positions count from 0)"
            )
        }
        var prior: [JSONValue] = []
        switch object["prior_nodes"] {
        case nil, .null?: break
        case .array(let items)?: prior = items
        case let other?: throw InputFileError(line: 1, message: "prior_nodes must be an array, not \(other.kindName)")
        }
        return SequenceContext(position: position, totalNodes: total, priorNodes: prior)
    }
}
