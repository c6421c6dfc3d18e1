/// Where this email sits in the campaign's sequence, sent with turns and example requests so
/// the LLM can refer back to the emails before it.
///
/// The API documents the shape (`position`, `total_nodes`, `prior_nodes`) but no way to read it,
/// so the user supplies it with `--sequence FILE`; `prior_nodes` is passed through as written.
public struct SequenceContext: Sendable, Equatable {
    public var position: Int
    public var totalNodes: Int
    public var priorNodes: [JSONValue]

    public init(position: Int, totalNodes: Int, priorNodes: [JSONValue] = []) {
        self.position = position
        self.totalNodes = totalNodes
        self.priorNodes = priorNodes
    }

    var json: JSONValue {
        ["position": .number(JSONNumber(position)), "total_nodes": .number(JSONNumber(totalNodes)),
         "prior_nodes": .array(priorNodes)]
    }

    /// Reads a `--sequence` file: `{"position": 2, "total_nodes": 3, "prior_nodes": [...]}`.
    /// The error names the field to fix, or the line of a JSON mistake.
    public static func parse(_ bytes: [UInt8]) throws(InputFileError) -> SequenceContext {
        guard case .object(let object) = try InputFileError.parseJSON(bytes) else {
            throw InputFileError(line: 1, message: "expected an object with position, total_nodes and prior_nodes")
        }
        func count(_ key: String) throws(InputFileError) -> Int {
            guard case .number(let number)? = object[key], let int = number.intValue, int >= 1 else {
                throw InputFileError(line: 1, message: "\(key) must be a whole number from 1 up")
            }
            return int
        }
        let position = try count("position")
        let total = try count("total_nodes")
        guard position <= total else {
            throw InputFileError(line: 1, message: "position \(position) is past total_nodes \(total)")
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
