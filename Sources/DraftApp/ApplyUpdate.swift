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
            return refuse(known.error.map { "The campaign could not be read (\($0)); Ctrl-R tries again" } ?? "The campaign is still loading",
                          state: &state)
        }
        guard campaign.isDraft else {
            return refuse("The campaign is \(campaign.status ?? "not a draft"): Puffle only changes the emails of draft campaigns",
                          state: &state)
        }
        guard let node = state.campaignNode else {
            return refuse("This session's email is not in the campaign's sequence", state: &state)
        }
        if state.isDirty {
            state.prompt = .saveBeforeApply
            return []
        }
        let body = state.nodeChanges(for: node)
        guard !body.isEmpty else {
            state.status = StatusMessage("The campaign's email already has the saved draft")
            return []
        }
        let changes: [(field: SessionField, server: JSONValue, mine: JSONValue)] = [
            (.draftSubject, node.subject, "subject"), (.draftBody, node.body, "body"),
        ].compactMap { field, old, key in body[key].map { (field, .string(old ?? ""), $0) } }
        let legend = state.diffLegend.text(removed: "only in the campaign", added: "only in the saved draft")
        let place = known.placeName(of: node.id) ?? "the email"
        state.overlay = .diff(title: "The campaign's \(place) → the saved draft", lines: FieldDiff.lines(changes, legend: legend), scroll: 0)
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
