import DraftCore
import PuffleAPI

/// Alt-S: the sequence review, over the session or list it was opened from (which it leaves as
/// they were, so Esc goes back with nothing lost). It reads the whole roster once per opening.
public struct SequenceReviewState: Equatable, Sendable {
    /// The attempts at one page before the review stops reading and says so.
    static let attemptsPerPage = 4

    /// The campaign reviewed.
    public let campaignID: String
    /// Names this opening: pages asked for by an earlier one are dropped.
    public let opening: Int
    /// The roster as read so far, in the server's order.
    public private(set) var roster = Roster()
    /// Names the roster as read so far: the checks are worked out again only when it changes.
    @NotCompared public private(set) var rosterRevision = Revision.next()
    /// Failed attempts at the page being read.
    public var failures = 0
    /// Why reading stopped before the end, if it did: the checks cover the leads read.
    public var stopped: String?
    /// The lead the emails are filled for: an index into the roster read.
    public var lead = 0
    /// After Enter on a coverage line: `[` and `]` step through the leads that lack this variable.
    public var lacking: String?
    /// The check chosen in the list.
    public var selected = 0
    /// The first row of the emails shown.
    public var scroll = 0

    /// A review of a campaign, nothing read yet; `opening` numbers this opening of the review.
    public init(campaignID: String, opening: Int) {
        self.campaignID = campaignID
        self.opening = opening
    }

    /// Whether every page has been read.
    public var isComplete: Bool { roster.nextPage == nil }

    /// The page to ask for now, marking it asked; nil when one is out or none is left.
    mutating func nextRequest() -> Effect? {
        guard let page = roster.nextPage, !roster.loading, stopped == nil else { return nil }
        roster.loading = true
        return .loadRoster(
            campaignID: campaignID, page: page, limit: Roster.pageSize, for: .sequenceReview(opening: opening))
    }

    /// Takes a page in.
    mutating func take(_ page: RosterPage) {
        roster.take(page)
        failures = 0
        rosterRevision = Revision.next()
    }

    /// A page failed: the roster waits for the retry.
    mutating func failed() {
        roster.loading = false
        failures += 1
    }

    /// "reading leads: 300 of 1,204", or why reading stopped; nil once all are read.
    public var progress: String? {
        let read = roster.prospects.count
        let total = roster.total.map { " of \($0.grouped)" } ?? ""
        if let stopped {
            return
                "leads not all read (\(stopped)): the checks cover the \(read.grouped) read so far; Ctrl-R reads again"
        }
        if isComplete { return nil }
        return "reading leads: \(read.grouped)\(total)"
            + (failures > 0
                ? " (page \(roster.nextPage ?? 0) failed \(failures) time\(failures == 1 ? "" : "s"); trying again)"
                : "")
    }
}
