import PuffleAPI

/// The rows of the campaign's list: its sequence, one row per email or message (delays and the
/// end are not rows, their wait is told on the email after them), each with its session or none;
/// then sessions whose email is no longer in the sequence. Without a readable sequence, the
/// sessions alone, as they come.
enum PickerRow: Equatable {
    /// `place` counts from 1; `wait` is the delay before this email, in minutes.
    case email(place: Int, node: SequenceNode, wait: Int, session: Session?)
    case heading(String)
    case session(Session)

    var isSelectable: Bool { if case .heading = self { false } else { true } }

    var session: Session? {
        switch self {
        case .email(_, _, _, let session): session
        case .session(let session): session
        case .heading: nil
        }
    }

    static let orphansHeading = "Sessions whose email is no longer in the sequence"

    /// What the footer says of "campaign differs" while a row shows it.
    static let differsExplained = "campaign differs: its saved draft is not on the campaign yet (Ctrl-P in it applies)"

    static func rows(_ campaign: CampaignState) -> [PickerRow] {
        let sessions = campaign.sessions ?? []
        let nodes = campaign.messageNodes
        guard !nodes.isEmpty, let all = campaign.campaign?.nodes else { return sessions.map(PickerRow.session) }
        var rows: [PickerRow] = []
        var wait = 0, place = 0
        let drafting = Set(nodes.map(\.id))
        for node in all {
            guard node.bearsMessage else {
                if node.isDelay { wait += node.delayMinutesTotal }
                continue
            }
            place += 1
            let own = sessions.filter { $0.nodeID == node.id }
            // A second session for the same email gets a row of its own under the first.
            for session in own.isEmpty ? [nil] : own.map(Optional.some) {
                rows.append(.email(place: place, node: node, wait: wait, session: session))
            }
            wait = 0
        }
        let orphans = sessions.filter { !drafting.contains($0.nodeID ?? "") }
        if !orphans.isEmpty { rows += [.heading(orphansHeading)] + orphans.map(PickerRow.session) }
        return rows
    }

    /// "after 3 days", "after 4 days 12 hours", "first" for the opening email.
    static func waitText(minutes: Int, place: Int) -> String {
        if place == 1 && minutes == 0 { return "first" }
        if minutes == 0 { return "right after" }
        let days = minutes / 1440, hours = minutes % 1440 / 60, rest = minutes % 60
        let parts = [(days, "day"), (hours, "hour"), (rest, "minute")].filter { $0.0 > 0 }
            .map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }
        return "after " + parts.joined(separator: " ")
    }
}
