import PuffleAPI

/// What is known of the campaign the session belongs to: loaded in the background with the
/// session (or with the campaign's list), never waited for. A part that failed to load says why
/// and the rest of the app works as it would without it.
public struct CampaignState: Equatable, Sendable {
    /// The campaign's UUID.
    public var id: String
    /// The campaign once read; nil before, or when reading it failed.
    public var campaign: Campaign?
    /// Why the campaign could not be read.
    public var error: String?
    /// The campaign's sessions: the list's rows, and the drafts of emails still empty.
    public var sessions: [Session]?
    /// Why the campaign's sessions could not be read.
    public var sessionsError: String?
    /// The campaign's prospects, read page by page.
    public var roster = Roster()
    /// Sessions with unsaved edits kept in the recovery journal, marked "unsaved" in the list.
    public var unsavedSessions: Set<String> = []
    /// Ctrl-P waits for the campaign read again: the email as it was known before, so the diff can
    /// show what changed on it since (Ctrl-P never writes over an email it has not just read).
    public var applyAfterReading: SequenceNode?

    /// A campaign not read yet.
    public init(id: String) { self.id = id }

    /// The emails and messages of the sequence, once read.
    public var messageNodes: [SequenceNode] { campaign?.messageNodes ?? [] }

    /// Some email's session has a saved draft the email does not hold: its row says "campaign differs".
    public var anEmailDiffers: Bool {
        (sessions ?? []).contains { session in
            place(of: session.nodeID).map { !$0.node.changes(toDraftOf: session).isEmpty } ?? false
        }
    }

    /// The node a session drafts and its place among the emails (0-based), if it is one of them.
    public func place(of nodeID: String?) -> (index: Int, node: SequenceNode)? {
        guard let nodeID, let index = messageNodes.firstIndex(where: { $0.id == nodeID }) else { return nil }
        return (index, messageNodes[index])
    }

    /// "email 2 of 3": what the header calls the session's place.
    public func placeName(of nodeID: String?) -> String? {
        guard let (index, node) = place(of: nodeID) else { return nil }
        let type = StyledText.singleLine(node.type.replacing(where: { $0 == "_" }, with: " "))
        return "\(type) \(index + 1) of \(messageNodes.count)"
    }

    /// The values Puffle fills at send time from the campaign's sender.
    public var senderVariables: [String: String] { campaign?.sender?.variables ?? [:] }
}

/// The campaign's roster, read a page at a time, and the leads chosen from it.
public struct Roster: Equatable, Sendable {
    /// Prospects asked for per page.
    public static let pageSize = 100
    /// How many leads a chat turn carries as `sampleLeads`.
    public static let turnLeads = 5

    /// The prospects read so far, in the server's order.
    public private(set) var prospects: [Prospect] = []
    /// Where each prospect is in `prospects`: examples find their lead on every frame they are drawn.
    private var positions: [String: Int] = [:]
    /// How many prospects the campaign has, once a page has said.
    public var total: Int?
    /// The next page to read; nil once all are read.
    public var nextPage: Int? = 1
    /// Whether a page is on its way: never two at once.
    public var loading = false
    /// Why the last page could not be read.
    public var error: String?
    /// The ids chosen with Alt-L (remembered per session); nil until chosen: the first named ones.
    public var chosen: [String]?

    /// A roster with nothing read yet.
    public init() {}

    /// The chosen prospects, in roster order; by default the first few that have a name.
    public var chosenProspects: [Prospect] {
        guard let chosen else { return Array(prospects.filter(\.hasName).prefix(Roster.turnLeads)) }
        let ids = Set(chosen)
        return prospects.filter { ids.contains($0.id) }
    }

    /// The prospect with an id, found without a scan: an example's lead is looked up every frame.
    public func prospect(id: String) -> Prospect? { positions[id].map { prospects[$0] } }

    /// Takes a page in; pages out of turn (a reload raced a scroll) are ignored.
    mutating func take(_ page: RosterPage) {
        loading = false
        error = nil
        guard page.page == nextPage else { return }
        for prospect in page.prospects where positions[prospect.id] == nil {
            positions[prospect.id] = prospects.count
            prospects.append(prospect)
        }
        total = page.total
        nextPage = page.hasMore ? page.page + 1 : nil
    }
}
