import DraftCore
import PuffleAPI

/// Alt-L: the campaign's roster in a box, to choose the sample leads from. The roster is read a
/// page at a time as the selection nears the end (or a filter needs more), so a roster of
/// thousands opens at once. The choice is the chooser's own until Enter keeps it.
public struct LeadChooser: Equatable, Sendable {
    /// Chosen ids, in the order chosen.
    public var chosen: [String]
    /// The selected row among those the filter lets through.
    public var selected = 0
    /// The text typed to narrow the roster.
    public var filter = TextBuffer("", singleLine: true)
    /// `/` was pressed: typing goes to the filter until Enter or Esc.
    public var filtering = false

    /// A chooser with the leads already chosen ticked.
    public init(chosen: [String]) { self.chosen = chosen }

    /// The rows shown: the roster as read, narrowed by the filter (any case).
    func visible(in roster: Roster) -> [Prospect] {
        let words = filter.text.lowercased().split(separator: " ")
        guard !words.isEmpty else { return roster.prospects }
        return roster.prospects.filter { prospect in
            let text = prospect.searchText.lowercased()
            return words.allSatisfy { text.contains($0) }
        }
    }
}

enum LeadChooserUpdate {
    static func open(state: inout AppState) -> [Effect] {
        guard let campaign = state.campaign else {
            state.status = StatusMessage(
                "This session belongs to no campaign, so there is no roster; use --leads FILE", isError: true)
            return []
        }
        if !state.leads.isEmpty {
            state.status = StatusMessage(
                "The sample leads come from --leads; start without it to choose them from the roster")
            return []
        }
        if campaign.roster.prospects.isEmpty {
            let why =
                campaign.roster.loading
                ? "is still loading" : campaign.roster.error.map { "could not be read: \($0)" } ?? "is empty"
            state.status = StatusMessage("The campaign's roster \(why)", isError: campaign.roster.error != nil)
            return []
        }
        state.leadChooser = LeadChooser(chosen: campaign.roster.chosenProspects.map(\.id))
        return []
    }

    static func key(_ key: Key, state: inout AppState) -> [Effect] {
        guard var chooser = state.leadChooser else { return [] }
        if chooser.filtering {
            switch key {
            case .enter: chooser.filtering = false
            case .escape:
                chooser.filtering = false
                chooser.filter = TextBuffer("", singleLine: true)
            case .backspace: chooser.filter.backspace()
            case .character(let character): chooser.filter.insert(String(character))
            default: return []
            }
            chooser.selected = 0
            state.leadChooser = chooser
            return CampaignUpdate.moreRosterIfWanted(state: &state)
        }
        guard let command = KeyTable.command(for: key, in: state) else { return [] }
        return perform(command, state: &state)
    }

    static func paste(_ text: String, state: inout AppState) {
        guard state.leadChooser?.filtering == true else { return }
        state.leadChooser?.filter.insert(StyledText.singleLine(text))
        state.leadChooser?.selected = 0
    }

    static func perform(_ command: Command, state: inout AppState) -> [Effect] {
        guard var chooser = state.leadChooser, let roster = state.campaign?.roster else { return [] }
        let visible = chooser.visible(in: roster)
        let page = max(1, LeadChooserView.listHeight(screenHeight: state.height))
        switch command {
        case .selectPrevious: chooser.selected -= 1
        case .selectNext: chooser.selected += 1
        case .pageUp: chooser.selected -= page
        case .pageDown: chooser.selected += page
        case .filterLeads: chooser.filtering = true
        case .toggleLead:
            guard visible.indices.contains(chooser.selected) else { break }
            let id = visible[chooser.selected].id
            if let index = chooser.chosen.firstIndex(of: id) {
                chooser.chosen.remove(at: index)
            } else {
                chooser.chosen.append(id)
            }
        case .keepLeads:
            state.leadChooser = nil
            state.campaign?.roster.chosen = chooser.chosen
            let count = chooser.chosen.count
            state.status = StatusMessage(
                count == 0
                    ? "No sample leads chosen"
                    : "\(count) lead\(count == 1 ? "" : "s") chosen: "
                        + "turns show the LLM the first \(min(count, Roster.turnLeads)), g generates for all"
            )
            return state.sessionID.map {
                [.saveLeadChoice(sessionID: $0, campaignID: state.base?.campaignID, ids: chooser.chosen)]
            }
                ?? []
        case .closeOverlay:
            state.leadChooser = nil
            return []
        default: return []
        }
        chooser.selected = max(0, min(chooser.selected, visible.count - 1))
        state.leadChooser = chooser
        return CampaignUpdate.moreRosterIfWanted(state: &state)
    }
}
