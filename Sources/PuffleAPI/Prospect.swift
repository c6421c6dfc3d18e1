/// A lead of the campaign's roster (`GET /api/campaigns/{id}/leads`), as Puffle keeps it.
/// Names may be null, custom fields an object of anything or null: read what is there.
public struct Prospect: Sendable, Equatable, Identifiable {
    /// The prospect's UUID: an example's `lead_id` names it.
    public var id: String
    /// `active`, `replied`, `bounced`…, as the roster lists it.
    public var status: String?
    /// The prospect's address.
    public var email: String?
    /// The value of `%first_name%`.
    public var firstName: String?
    /// The value of `%last_name%`.
    public var lastName: String?
    /// A full name, when the roster has one but not its parts.
    public var name: String?
    /// The value of `%company%`.
    public var company: String?
    /// The value of `%position%`: the prospect's job title.
    public var position: String?
    /// The LinkedIn headline the LLM personalises from.
    public var headline: String?
    /// The prospect's LinkedIn profile.
    public var linkedinURL: String?
    /// The campaign's own fields for this prospect: `%custom_…%` values.
    public var customFields: [String: String]

    /// A prospect from its parts, for the demo and tests.
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

    /// A prospect as the roster route sends it; nil without an id.
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

    /// Whether there is a name to show instead of the address.
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

    /// The value a `%variable%` takes for this prospect, as `lead` would give it, read without
    /// making the lead: the sequence review asks it for every lead of a roster of thousands.
    public func value(forVariable name: String) -> String? {
        switch TemplateFields.source(of: name) {
        case .custom(let key): return customFields[key]
        case .sender, .unknown: return nil
        case .lead: break
        }
        switch name {
        case "first_name": return firstName
        case "last_name": return lastName
        case "full_name": return displayName
        case "company": return company
        case "position": return position
        case "headline": return headline
        case "linkedin_url": return linkedinURL
        case "email": return email
        default: return nil
        }
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
    /// The prospects on this page.
    public var prospects: [Prospect]
    /// How many prospects the roster holds in all.
    public var total: Int
    /// The page's number, from 1.
    public var page: Int
    /// The most prospects a page holds.
    public var limit: Int

    /// A page from its parts, for the demo and tests.
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

    /// Whether another page follows: the roster is read page by page while the user scrolls.
    public var hasMore: Bool {
        // The server's page and limit: their product may not fit (then nothing can follow).
        let (read, overflow) = page.multipliedReportingOverflow(by: limit)
        return !overflow && read < total && !prospects.isEmpty
    }
}
