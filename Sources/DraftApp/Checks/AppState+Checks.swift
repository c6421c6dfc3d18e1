import DraftCore
import PuffleAPI

/// What the copy checks read from the state, derived each time and kept per version of what it
/// reads (nothing here is kept by hand).
extension AppState {
    /// The context every copy check of this session runs in: the thresholds and phrases, the
    /// campaign's signature and sender, and the names (campaign, sender, roster) written in
    /// capitals without shouting.
    var copyContext: CopyContext {
        copyContextMemo.value(at: .init(a: campaignRevision, b: copyChecksRevision, c: leadsRevision)) {
            let campaign = self.campaign?.campaign
            let sender = self.campaign?.senderVariables ?? [:]
            let names = Set(campaignNames.map { $0.uppercased() })
            return CopyContext(
                thresholds: copyChecks.thresholds, triggers: copyChecks.triggers, knownCapitals: names,
                signature: campaign?.signature,
                senderNames: [sender["sender_first"], sender["sender_name"]].compactMap { $0 }, kind: .draft)
        }
    }

    /// The words of the campaign's names: its name, the sender's, and every lead's first and last
    /// name and company (the roster's and the sample leads'). Spelling accepts them.
    var campaignNames: Set<String> {
        campaignNamesMemo.value(at: .init(a: campaignRevision, b: leadsRevision)) { gatherCampaignNames() }
    }

    private func gatherCampaignNames() -> Set<String> {
        var sources: [String?] = [campaign?.campaign?.name] + (campaign?.senderVariables ?? [:]).values.map { $0 }
        for lead in sampleLeads {
            sources += [lead.fields["first_name"], lead.fields["last_name"], lead.fields["company"]]
        }
        for prospect in campaign?.roster.prospects ?? [] {
            sources += [prospect.firstName, prospect.lastName, prospect.company]
        }
        var words = Set<String>()
        for source in sources.compactMap({ $0 }) { words.formUnion(ExampleReview.words(in: source)) }
        return words
    }

    /// What the copy checks find in the draft being edited; nil before a session is open.
    /// Kept between keystrokes: an edit re-checks the paragraphs it touched.
    var draftReport: CopyReport? {
        guard let subject = editors[.subject], let body = editors[.body] else { return nil }
        return copyMemo.report(subject: subject, body: body, context: copyContext)
    }
}
