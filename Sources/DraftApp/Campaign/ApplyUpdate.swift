import DraftCore
import PuffleAPI

/// Ctrl-P: put the saved draft on the campaign's email. Everything that would make Puffle say
/// no is checked before asking (a campaign not in draft, an email not in the sequence); the
/// word diff shows what changes, and only the keys that differ are sent.
enum ApplyUpdate {
    static func request(state: inout AppState) -> [Effect] {
        guard state.base != nil else { return [] }
        guard let known = state.campaign else {
            return refuse("This session belongs to no campaign", state: &state)
        }
        guard let campaign = known.campaign else {
            return refuse(
                known.error.map { "The campaign could not be read (\($0)); Ctrl-R tries again" }
                    ?? "The campaign is still loading",
                state: &state)
        }
        guard campaign.isDraft else {
            return refuse(
                "The campaign is \(campaign.status ?? "not a draft"): "
                    + "Puffle only changes the emails of draft campaigns",
                state: &state)
        }
        guard let node = state.campaignNode else {
            return refuse("This session's email is not in the campaign's sequence", state: &state)
        }
        if state.isDirty {
            state.prompt = .saveBeforeApply
            return []
        }
        state.campaign?.applyAfterReading = node
        state.status = StatusMessage("Reading the campaign's email again…")
        return [.loadCampaign(id: campaign.id)]
    }

    /// The campaign read again for Ctrl-P: the diff to confirm, led by what changed on the email
    /// since it was last read (a teammate's edit in the web app would otherwise be overwritten unseen).
    static func reread(before: SequenceNode, state: inout AppState) -> [Effect] {
        guard let known = state.campaign, known.campaign?.isDraft == true, let node = state.campaignNode else {
            // Refuses, saying why: the campaign is not a draft any more, or the email is gone.
            return request(state: &state)
        }
        let body = state.nodeChanges(for: node)
        guard !body.isEmpty else {
            state.status = StatusMessage("The campaign's email already has the saved draft")
            return []
        }
        let changes: [(field: SessionField, server: JSONValue, mine: JSONValue)] = [
            (.draftSubject, node.subject, "subject"), (.draftBody, node.body, "body")
        ].compactMap { field, old, key in body[key].map { (field, .string(old ?? ""), $0) } }
        let legend = state.diffLegend.text(removed: "only in the campaign", added: "only in the saved draft")
        let place = known.placeName(of: node.id) ?? "the email"
        let since: [(field: SessionField, server: JSONValue, mine: JSONValue)] = [
            (.draftSubject, before.subject, node.subject), (.draftBody, before.body, node.body)
        ].compactMap { field, old, now in old == now ? nil : (field, .string(old ?? ""), .string(now ?? "")) }
        var lines: [StyledLine] = []
        if !since.isEmpty {
            lines =
                [[Span("Changed in the campaign since this session read it:", .warning)]]
                + FieldDiff.lines(
                    since, legend: state.diffLegend.text(removed: "before", added: "now"),
                    inText: state.diffLegend.inText) + [[]]
                + [[Span("Applying replaces it with the saved draft:", .warning)]]
        }
        lines += FieldDiff.lines(changes, legend: legend, inText: state.diffLegend.inText)
        state.overlay = .diff(title: "The campaign's \(place) → the saved draft", lines: lines, scroll: 0)
        state.prompt = .applyToCampaign(nodeID: node.id, body: body, place: place)
        return []
    }

    static func apply(nodeID: String, body: JSONObject, state: inout AppState) -> [Effect] {
        guard let id = state.campaign?.id else { return [] }
        state.status = StatusMessage("Applying to the campaign…")
        return [.updateNode(campaignID: id, nodeID: nodeID, body: body)]
    }

    /// Puffle's answer: the node as it is now, which the header compares with the draft.
    static func updated(_ result: Result<SequenceNode, APIError>, state: inout AppState) -> [Effect] {
        switch result {
        case .success(let node):
            state.campaign?.campaign?.update(node)
            let place = state.campaign?.placeName(of: node.id) ?? "email"
            state.status = StatusMessage("Applied the saved draft to the campaign's \(place)")
        case .failure(let error):
            state.status = StatusMessage("Not applied: \(error.message)", isError: true)
        }
        return []
    }

    private static func refuse(_ reason: String, state: inout AppState) -> [Effect] {
        state.status = StatusMessage(reason, isError: true)
        return []
    }
}
