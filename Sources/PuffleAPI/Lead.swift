/// A sample lead for chat turns and example generation. All fields are optional strings
/// except `custom_fields`.
public struct Lead: Sendable, Equatable {
    public static let standardKeys = [
        "first_name", "last_name", "full_name", "company", "position", "headline", "linkedin_url", "email"
    ]

    public var fields: [String: String]
    public var customFields: [String: String]

    public init(fields: [String: String] = [:], customFields: [String: String] = [:]) {
        self.fields = fields
        self.customFields = customFields
    }

    /// The value a `%variable%` names: `first_name`, `custom_fields.KEY`, …
    public func value(forVariable name: String) -> String? {
        if name.hasPrefix("custom_fields.") {
            return customFields[String(name.dropFirst("custom_fields.".count))]
        }
        if name == "full_name", fields["full_name"] == nil,
            let first = fields["first_name"], let last = fields["last_name"]
        {
            return "\(first) \(last)"
        }
        return fields[name]
    }

    public var displayName: String {
        value(forVariable: "full_name") ?? fields["first_name"] ?? fields["email"] ?? "unnamed lead"
    }

    public var json: JSONValue {
        var object = JSONObject()
        for key in Lead.standardKeys where key != "email" {
            if let value = fields[key] { object[key] = .string(value) }
        }
        for key in fields.keys.sorted() where !Lead.standardKeys.contains(key) || key == "email" {
            object[key] = .string(fields[key]!)
        }
        object["custom_fields"] = .object(
            JSONObject(customFields.keys.sorted().map { ($0, .string(customFields[$0]!)) }))
        return .object(object)
    }

    public init(json: JSONValue) {
        var fields: [String: String] = [:]
        var custom: [String: String] = [:]
        for (key, value) in json.objectValue ?? JSONObject() {
            if key == "custom_fields" {
                for (k, v) in value.objectValue ?? JSONObject() { custom[k] = v.stringValue ?? JSONWriter.string(v) }
            } else if let s = value.stringValue {
                fields[key] = s
            }
        }
        self.init(fields: fields, customFields: custom)
    }
}

/// The body of `POST /{id}/turn` (camelCase keys, as the API reference spells them).
public struct TurnRequest: Sendable, Equatable {
    public var message: String
    public var availableVarNames: [String]?
    public var sampleLeads: [Lead]?
    public var sequenceContext: SequenceContext?

    public init(
        message: String, availableVarNames: [String]? = nil, sampleLeads: [Lead]? = nil,
        sequenceContext: SequenceContext? = nil
    ) {
        self.message = message
        self.availableVarNames = availableVarNames
        self.sampleLeads = sampleLeads
        self.sequenceContext = sequenceContext
    }

    public var json: JSONValue {
        var body = JSONObject()
        body["message"] = .string(message)
        if let availableVarNames { body["availableVarNames"] = .array(availableVarNames.map(JSONValue.string)) }
        if let sampleLeads { body["sampleLeads"] = .array(sampleLeads.map(\.json)) }
        if let sequenceContext { body["sequenceContext"] = sequenceContext.json }
        return .object(body)
    }
}

/// The body of `POST /{id}/generate-examples`. `isFirstBatch` is always sent: true replaces the
/// examples, false appends.
public struct GenerateExamplesRequest: Sendable, Equatable {
    public var leads: [Lead]
    public var isFirstBatch: Bool
    public var sequenceContext: SequenceContext?

    public init(leads: [Lead], isFirstBatch: Bool, sequenceContext: SequenceContext? = nil) {
        self.leads = leads
        self.isFirstBatch = isFirstBatch
        self.sequenceContext = sequenceContext
    }

    public var json: JSONValue {
        var body = JSONObject()
        body["leads"] = .array(leads.map(\.json))
        if let sequenceContext { body["sequenceContext"] = sequenceContext.json }
        body["isFirstBatch"] = .bool(isFirstBatch)
        return .object(body)
    }
}
