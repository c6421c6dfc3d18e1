/// A sample lead for chat turns and example generation. All fields are optional strings
/// except `custom_fields`.
public struct Lead: Sendable, Equatable {
    /// The fields every lead may have, in the order the lead chooser shows them.
    public static let standardKeys = [
        "first_name", "last_name", "full_name", "company", "position", "headline", "linkedin_url", "email"
    ]

    /// The standard fields (`first_name`, `company`…) a `%variable%` names.
    public var fields: [String: String]
    /// The campaign's own fields, sent apart as the API expects.
    public var customFields: [String: String]

    /// A lead from its fields.
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

    /// The lead's name for lists and messages: first and last name, else the email, else `lead`.
    public var displayName: String {
        value(forVariable: "full_name") ?? fields["first_name"] ?? fields["email"] ?? "unnamed lead"
    }

    /// The lead as a request body sends it.
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

    /// A lead from its JSON: string fields and `custom_fields` kept, other values left out.
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
    /// What the user typed in the composer.
    public var message: String
    /// The variables the LLM may use, from the campaign.
    public var availableVarNames: [String]?
    /// Leads the LLM may take its examples from.
    public var sampleLeads: [Lead]?
    /// Where the email sits in the sequence, and the emails before it.
    public var sequenceContext: SequenceContext?

    /// A turn from its parts; only `message` is required by the API.
    public init(
        message: String, availableVarNames: [String]? = nil, sampleLeads: [Lead]? = nil,
        sequenceContext: SequenceContext? = nil
    ) {
        self.message = message
        self.availableVarNames = availableVarNames
        self.sampleLeads = sampleLeads
        self.sequenceContext = sequenceContext
    }

    /// The turn as `POST …/turn` sends it, absent parts left out.
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
    /// The leads to write an example for, one each.
    public var leads: [Lead]
    /// Whether the server should replace the examples (true) or add to them (false).
    public var isFirstBatch: Bool
    /// Where the email sits in the sequence, and the emails before it.
    public var sequenceContext: SequenceContext?

    /// A request from its parts.
    public init(leads: [Lead], isFirstBatch: Bool, sequenceContext: SequenceContext? = nil) {
        self.leads = leads
        self.isFirstBatch = isFirstBatch
        self.sequenceContext = sequenceContext
    }

    /// The request as `POST …/generate-examples` sends it.
    public var json: JSONValue {
        var body = JSONObject()
        body["leads"] = .array(leads.map(\.json))
        if let sequenceContext { body["sequenceContext"] = sequenceContext.json }
        body["isFirstBatch"] = .bool(isFirstBatch)
        return .object(body)
    }
}
