/// A lead of the campaign's roster (`GET /api/campaigns/{id}/leads`), as Puffle keeps it.
/// Names may be null, custom fields an object of anything or null: read what is there.
public struct Prospect: Sendable, Equatable, Identifiable {
    public var id: String
    public var status: String?
    public var email: String?
    public var firstName: String?
    public var lastName: String?
    public var name: String?
    public var company: String?
    public var position: String?
    public var headline: String?
    public var linkedinURL: String?
    public var customFields: [String: String]

    public init(
        id: String, status: String? = nil, email: String? = nil, firstName: String? = nil, lastName: String? = nil,
        name: String? = nil, company: String? = nil, position: String? = nil, headline: String? = nil,
        linkedinURL: String? = nil, customFields: [String: String] = [:]
    ) {
        self.id = id
        self.status = status
        self.email = email
        self.firstName = firstName
        self.lastName = lastName
        self.name = name
        self.company = company
        self.position = position
        self.headline = headline
        self.linkedinURL = linkedinURL
        self.customFields = customFields
    }

    public init?(json: JSONValue) {
        guard let object = json.objectValue, let id = object["id"]?.stringValue else { return nil }
        func text(_ key: String) -> String? { object[key]?.stringValue.flatMap { $0.isEmpty ? nil : $0 } }
        var custom: [String: String] = [:]
        for (key, value) in object["custom_fields"]?.objectValue ?? JSONObject() where !value.isNull {
            custom[key] = value.stringValue ?? JSONWriter.string(value)
        }
        self.init(
            id: id, status: text("status"), email: text("email"), firstName: text("first_name"),
            lastName: text("last_name"),
            name: text("name"), company: text("company"), position: text("position"), headline: text("headline"),
            linkedinURL: text("linkedin_url"), customFields: custom)
    }

    /// The name to show, if the prospect has one.
    public var displayName: String? {
        if let name { return name }
        let joined = [firstName, lastName].compactMap { $0 }.joined(separator: " ")
        return joined.isEmpty ? nil : joined
    }

    public var hasName: Bool { displayName != nil }

    /// The prospect as a sample lead for turns and examples, its id along so an example can be
    /// traced back to it.
    public var lead: Lead {
        var fields: [String: String] = ["id": id]
        let pairs: [(String, String?)] = [
            ("first_name", firstName), ("last_name", lastName), ("full_name", name ?? displayName),
            ("company", company), ("position", position), ("headline", headline),
            ("linkedin_url", linkedinURL), ("email", email)
        ]
        for (key, value) in pairs { if let value { fields[key] = value } }
        return Lead(fields: fields, customFields: customFields)
    }

    /// What `/` in the chooser matches: every field shown or used.
    public var searchText: String {
        ([displayName, email, company, position, headline, status] + customFields.values.map(Optional.some)).compactMap
        { $0 }
        .joined(separator: " ")
    }
}

/// One page of the roster.
public struct RosterPage: Sendable, Equatable {
    public var prospects: [Prospect]
    public var total: Int
    public var page: Int
    public var limit: Int

    public init(prospects: [Prospect], total: Int, page: Int, limit: Int) {
        self.prospects = prospects
        self.total = total
        self.page = page
        self.limit = limit
    }

    /// Reads `{"prospects": […], "total", "page", "limit"}`; nil without a prospects list.
    public init?(answer: JSONValue, page: Int, limit: Int) {
        guard let items = answer["prospects"]?.arrayValue else { return nil }
        func number(_ key: String) -> Int? { if case .number(let n)? = answer[key] { n.intValue } else { nil } }
        let prospects = items.compactMap(Prospect.init(json:))
        self.init(
            prospects: prospects, total: max(number("total") ?? prospects.count, prospects.count),
            page: number("page") ?? page,
            limit: number("limit") ?? limit)
    }

    public var hasMore: Bool { page * limit < total && !prospects.isEmpty }
}
