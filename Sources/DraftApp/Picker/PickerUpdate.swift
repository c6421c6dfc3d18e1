import DraftCore
import PuffleAPI

/// The campaign's list: its emails in sequence order with their sessions. Enter opens one, `n`
/// starts the session of an email that has none, Ctrl-O comes back here from a session.
enum PickerUpdate {
    /// The rows that can be chosen (headings cannot).
    static func selectableRows(_ state: AppState) -> [PickerRow] {
        state.campaign.map { PickerRow.rows($0).filter(\.isSelectable) } ?? []
    }

    static func keepSelectionInRange(state: inout AppState) {
        guard let selected = state.picker?.selected else { return }
        let count = selectableRows(state).count
        state.picker?.selected = max(0, min(selected, count - 1))
    }

    static func perform(_ command: Command, state: inout AppState) -> [Effect] {
        guard var picker = state.picker, let campaign = state.campaign else { return [] }
        defer {
            if state.picker != nil { state.picker?.selected = picker.selected; state.picker?.error = picker.error }
        }
        let rows = selectableRows(state)
        let chosen = rows.indices.contains(picker.selected) ? rows[picker.selected] : nil
        switch command {
        case .selectPrevious: picker.selected = max(0, picker.selected - 1)
        case .selectNext: picker.selected = min(max(0, rows.count - 1), picker.selected + 1)
        case .reload: return CampaignUpdate.load(campaign.id, state: &state) + [.listJournals]
        case .openSequence: return SequenceUpdate.open(campaignID: campaign.id, state: &state)
        case .backToList:
            guard state.campaigns != nil else {
                state.status = StatusMessage("Started with --campaign: there is no list of campaigns to go up to")
                return []
            }
            state.picker = nil
            state.campaign = nil
            return []
        case .quit: return [.exit(status: 0, message: nil)]
        case .help: state.overlay = .help(scroll: 0)
        case .openSelected:
            guard let chosen else { return [] }
            guard let session = chosen.session else {
                state.status = StatusMessage("This email has no session yet: n starts one")
                return []
            }
            guard session.hasValidID else { return refuseBroken(session, state: &state) }
            state.sessionID = session.id
            return [.fetchSession(id: session.id, reason: .open)]
        case .repaint: return [.repaintAll]
        case .newSession:
            if case .email(_, let node, _, let session)? = chosen {
                guard session == nil else {
                    state.status = StatusMessage("This email has a session: Enter opens it")
                    return []
                }
                state.status = StatusMessage("Creating…")
                return [.createSession(campaignID: campaign.id, nodeID: node.id)]
            }
            // No sequence to read the email from: the node id is typed.
            guard campaign.messageNodes.isEmpty else { return [] }
            state.prompt = .newSession(TextBuffer("", singleLine: true))
            return []
        case .deleteSelected:
            guard let session = chosen?.session else { return [] }
            guard session.hasValidID else { return refuseBroken(session, state: &state) }
            state.prompt = .deleteSession(session)
            return []
        default: break
        }
        return []
    }

    /// A row whose session id is not a UUID: nothing is opened, deleted or sent for it.
    private static func refuseBroken(_ session: Session, state: inout AppState) -> [Effect] {
        state.status = StatusMessage(
            "This session's id \(SessionID.shown(session.id)) is not a UUID: it cannot be opened "
                + "(the server sent a broken row)", isError: true)
        return []
    }

    /// Enter in the new-session prompt: the node id typed, checked before anything is sent.
    static func create(nodeID text: String, state: inout AppState) -> [Effect] {
        let node = String(text.trimmed(while: { $0 == " " || $0 == "\t" }))
        guard SessionID.isValid(node), let campaign = state.campaign?.id else {
            state.status = StatusMessage(
                "\(node.isEmpty ? "An empty id" : node) is not a UUID such as 6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b",
                isError: true)
            return []
        }
        state.prompt = nil
        state.status = StatusMessage("Creating…")
        return [.createSession(campaignID: campaign, nodeID: node.lowercased())]
    }

    /// A new session opens at once, like one picked from the list.
    static func created(_ result: Result<Session, APIError>, state: inout AppState) -> [Effect] {
        switch result {
        case .success(let session):
            state.sequenceReview = nil
            state.sessionID = session.id
            state.campaign?.sessions?.append(session)
            return Update.apply(.sessionOpened(.success(session)), to: &state)
        case .failure(let error):
            state.picker?.error = "Not created: \(error.message)"
            return []
        }
    }

    static func deleted(_ result: Result<String, APIError>, state: inout AppState) -> [Effect] {
        guard let campaign = state.campaign else { return [] }
        switch result {
        case .success(let id):
            state.campaign?.sessions?.removeAll { $0.id == id }
            keepSelectionInRange(state: &state)
            state.picker?.error = nil
            state.status = StatusMessage("Deleted")
            return [.listSessions(campaignID: campaign.id)]
        case .failure(let error):
            state.picker?.error = "Not deleted: \(error.message)"
            return []
        }
    }

    /// Ctrl-O: back to the campaign's list, asking first about unsaved edits.
    static func requestBack(state: inout AppState) -> [Effect] {
        guard let base = state.base, base.campaignID.map(SessionID.isValid) == true else {
            state.status = StatusMessage(
                "This session belongs to no campaign, so there is no list to go back to", isError: true)
            return []
        }
        guard state.isDirty else { return backToList(keepingEdits: false, state: &state) }
        state.prompt = .leaveSession()
        return []
    }

    /// The session is closed and the list shown, with a fresh look at the campaign (once per
    /// visit). Kept edits stay in the recovery journal and the list marks the email "unsaved".
    static func backToList(keepingEdits: Bool, then jump: ReviewJump? = nil, state: inout AppState) -> [Effect] {
        guard let session = state.base, let campaignID = session.campaignID else { return [] }
        var effects: [Effect] = [.cancel(.poll), .cancel(.spinner), .cancel(.saveRetry)]
        var list = AppState(sessionID: nil, width: state.width, height: state.height)
        list.leads = state.leads
        list.sequenceFromFile = state.sequenceFromFile
        list.diffLegend = state.diffLegend
        list.clipboard = state.clipboard
        list.spelling = state.spelling
        list.spelling.leaveSession()
        list.copyChecks = state.copyChecks
        list.externalEditor = state.externalEditor
        list.campaigns = state.campaigns
        list.campaign = state.campaign?.id == campaignID ? state.campaign : nil
        if keepingEdits, let journal = RecoveryJournal.snapshot(of: state) {
            effects.append(.writeJournal(journal))
            list.campaign?.unsavedSessions.insert(session.id)
            list.status = StatusMessage("Your edits are kept; opening the email again offers them back")
        }
        list.picker = PickerState()
        let rows = list.campaign.map { PickerRow.rows($0).filter(\.isSelectable) } ?? []
        list.picker?.selected = rows.firstIndex { $0.session?.id == session.id } ?? 0
        state = list
        effects += CampaignUpdate.load(campaignID, state: &state) + [.listJournals]
        return effects + (jump?.perform(state: &state) ?? [])
    }
}
