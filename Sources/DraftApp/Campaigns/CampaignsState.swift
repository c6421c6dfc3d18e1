import PuffleAPI

/// The user's campaigns (`GET /api/campaigns`): where a start without an id begins, so no UUID
/// has to be copied from the web app. Kept while a campaign is open, so Ctrl-O comes back up.
public struct CampaignsState: Equatable, Sendable {
    /// The campaigns as the server listed them (newest first); nil until read.
    public var all: [CampaignSummary]?
    /// Why they could not be read.
    public var error: String?
    /// The chosen row among those shown.
    public var selected = 0
    /// `/`: only the campaigns whose name holds this (any case).
    public var filter = ""

    /// A list not read yet.
    public init() {}

    /// The campaigns the filter lets through, in the server's order.
    public var shown: [CampaignSummary] {
        let query = filter.lowercased()
        guard !query.isEmpty else { return all ?? [] }
        return (all ?? []).filter { ($0.name ?? "").lowercased().contains(query) }
    }

    /// The campaign on the chosen row.
    public var chosen: CampaignSummary? {
        let rows = shown
        return rows.indices.contains(selected) ? rows[selected] : nil
    }
}
