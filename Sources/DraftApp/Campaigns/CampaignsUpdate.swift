import DraftCore
import PuffleAPI

/// The campaigns screen: Enter opens a campaign's list of emails, `s` its sequence review, `/`
/// filters by name. Ctrl-O in the list comes back here.
enum CampaignsUpdate {
    /// The start without an id: the campaigns, loading.
    static func open(state: inout AppState) -> [Effect] {
        state.campaigns = CampaignsState()
        return [.listCampaigns]
    }

    static func listed(_ result: Result<[CampaignSummary], APIError>, state: inout AppState) -> [Effect] {
        guard state.campaigns != nil else { return [] }
        switch result {
        case .success(let list):
            state.campaigns?.all = list
            state.campaigns?.error = nil
            keepSelectionInRange(state: &state)
        case .failure(let error):
            // Nothing else to show at start: say why and leave, with the start's exit status.
            if state.campaigns?.all == nil, state.campaign == nil, state.base == nil {
                return [.exit(status: ExitStatus.forStartFailure(error), message: "puffle-draft: \(error.message)")]
            }
            state.campaigns?.error = "Cannot list the campaigns: \(error.message)"
        }
        return []
    }

    static func keepSelectionInRange(state: inout AppState) {
        guard let campaigns = state.campaigns else { return }
        state.campaigns?.selected = max(0, min(campaigns.selected, campaigns.shown.count - 1))
    }

    static func perform(_ command: Command, state: inout AppState) -> [Effect] {
        guard let campaigns = state.campaigns else { return [] }
        switch command {
        case .selectPrevious: state.campaigns?.selected = max(0, campaigns.selected - 1)
        case .selectNext: state.campaigns?.selected = min(max(0, campaigns.shown.count - 1), campaigns.selected + 1)
        case .pageUp: state.campaigns?.selected = max(0, campaigns.selected - max(1, state.height - 4))
        case .pageDown:
            state.campaigns?.selected = min(
                max(0, campaigns.shown.count - 1), campaigns.selected + max(1, state.height - 4))
        case .openSelected:
            guard let chosen = campaigns.chosen else { return [] }
            return Update.openList(campaignID: chosen.id, state: &state)
        case .openSequence:
            guard let chosen = campaigns.chosen else { return [] }
            return SequenceUpdate.open(campaignID: chosen.id, state: &state)
        case .filterCampaigns:
            state.prompt = .filterCampaigns(TextBuffer(campaigns.filter, singleLine: true))
        case .reload:
            state.status = StatusMessage("Reading the campaigns again…")
            return [.listCampaigns]
        case .quit: return [.exit(status: 0, message: nil)]
        case .help: state.overlay = .help(scroll: 0)
        case .repaint: return [.repaintAll]
        default: break
        }
        return []
    }

    /// The filter as typed: the list narrows at each key.
    static func filter(_ text: String, state: inout AppState) {
        state.campaigns?.filter = text
        state.campaigns?.selected = 0
    }
}
