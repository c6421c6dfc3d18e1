import DraftCore
import PuffleAPI

/// What the sequence review reads from the state, worked out once per version of what it reads.
extension AppState {
    /// The campaign's sessions as saved now: the open session's own entry is the one loaded last.
    var savedSessions: [Session] {
        var sessions = campaign?.sessions ?? []
        if let base {
            if let index = sessions.firstIndex(where: { $0.id == base.id }) {
                sessions[index] = base
            } else if base.campaignID == campaign?.id {
                sessions.append(base)
            }
        }
        return sessions
    }

    /// The review's checks over the sequence and the roster read so far; nil until the campaign is read.
    public var sequenceReport: SequenceReport? {
        guard let review = sequenceReview else { return nil }
        return sequenceReportMemo.value(
            at: .init(a: campaignRevision, b: baseRevision, c: review.rosterRevision, d: copyContext.revision)
        ) {
            guard let campaign = campaign?.campaign, campaign.id == review.campaignID else { return nil }
            return SequenceReport(
                emails: SequenceEmail.sequence(of: campaign, sessions: savedSessions), signature: campaign.signature,
                prospects: review.roster.prospects, senders: campaign.senders, context: copyContext)
        }
    }
}
