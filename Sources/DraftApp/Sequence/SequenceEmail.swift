import PuffleAPI

/// One email of the sequence as the review shows it: its place, the day it goes out for a lead
/// who starts today, and the text that will be sent. Where the email's session holds a saved
/// draft the campaign does not have yet, that draft is what is shown, marked `not applied`.
public struct SequenceEmail: Equatable, Sendable {
    /// The email's place among the sequence's emails and messages, from 1.
    public let place: Int
    /// The campaign's node.
    public let node: SequenceNode
    /// The delays before it, added up: when it goes out for a lead who starts now.
    public let minutesFromStart: Int
    /// The subject shown (empty for a message, which has none).
    public let subject: String
    /// The body shown.
    public let body: String
    /// The body's lines, split once: the review fills them again at every step to another lead.
    public let bodyLines: [Substring]
    /// The session drafting the email, if any: Enter on a finding opens it.
    public let sessionID: String?
    /// Whether the text shown is a session's saved draft that the campaign's email does not hold.
    public let notApplied: Bool

    init(
        place: Int, node: SequenceNode, minutesFromStart: Int, subject: String, body: String, sessionID: String?,
        notApplied: Bool
    ) {
        self.place = place
        self.node = node
        self.minutesFromStart = minutesFromStart
        self.subject = subject
        self.body = body
        bodyLines = body.split(separator: "\n", omittingEmptySubsequences: false)
        self.sessionID = sessionID
        self.notApplied = notApplied
    }

    /// "Day 0", "Day 3", "Day 7, 12 h", "Day 0, 2 h 30 min".
    public var day: String { SequenceEmail.day(minutes: minutesFromStart) }

    /// The day an email goes out after so many minutes of delays.
    static func day(minutes: Int) -> String {
        let days = minutes / 1440, hours = minutes % 1440 / 60, rest = minutes % 60
        let time = [(hours, "h"), (rest, "min")].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        return "Day \(days)" + (time.isEmpty ? "" : ", " + time.joined(separator: " "))
    }

    /// The campaign's emails in order, each with the text that would be sent. A session counts
    /// only when its saved draft has some text: a fresh session does not hide the email's own.
    /// Of several sessions for one email, the one saved last.
    public static func sequence(of campaign: Campaign, sessions: [Session]) -> [SequenceEmail] {
        var emails: [SequenceEmail] = []
        var minutes = 0
        for node in campaign.nodes {
            guard node.bearsMessage else {
                if node.isDelay { minutes += node.delayMinutesTotal }
                continue
            }
            let own = sessions.filter { $0.nodeID == node.id && $0.hasValidID }
            let drafting = own.filter { !($0.draftSubject ?? "").isEmpty || !($0.draftBody ?? "").isEmpty }
                .max { ($0.updatedAt ?? "") < ($1.updatedAt ?? "") }
            let differs = drafting.map { !node.changes(toDraftOf: $0).isEmpty } ?? false
            let shown = differs ? drafting : nil
            emails.append(
                SequenceEmail(
                    place: emails.count + 1, node: node, minutesFromStart: minutes,
                    subject: node.hasSubject ? (shown?.draftSubject ?? node.subject ?? "") : "",
                    body: shown?.draftBody ?? node.body ?? "",
                    sessionID: (drafting ?? own.first)?.id, notApplied: differs))
        }
        return emails
    }
}
