/// The one list of what a `%variable%` may name: a lead's own fields, the sender's, and the
/// campaign's custom fields. The chat turn's `availableVarNames`, the example checks and the
/// sequence review's coverage all read it, so none can know a field the others do not.
public enum TemplateFields {
    /// The fields every lead may have (`%first_name%`, `%company%`…).
    public static let lead = Lead.standardKeys
    /// The fields Puffle fills from the sender account at send time.
    public static let sender = ["sender_first", "sender_last", "sender_name"]
    /// How a custom field is named: `%custom_fields.industry%`.
    public static let customPrefix = "custom_fields."

    /// Where a variable's value comes from.
    public enum Source: Equatable, Sendable {
        /// A field of the lead.
        case lead
        /// A field of the sender account.
        case sender
        /// One of the campaign's custom fields, by its key.
        case custom(String)
        /// A name Puffle does not fill: every lead would see the variable itself.
        case unknown
    }

    /// Where a variable's value comes from, by its name.
    public static func source(of name: String) -> Source {
        if name.hasPrefix(customPrefix) { return .custom(String(name.dropFirst(customPrefix.count))) }
        if lead.contains(name) { return .lead }
        if sender.contains(name) { return .sender }
        return .unknown
    }
}
