import PuffleAPI

/// Loading the campaign a session belongs to: the campaign with its sequence, its sessions and
/// the first page of its roster, all in the background. Each part that fails is one footer
/// warning; the session works without it.
enum CampaignUpdate {
    /// Everything a visit needs, asked for at once.
    static func load(_ campaignID: String, state: inout AppState) -> [Effect] {
        var campaign = CampaignState(id: campaignID)
        // Another visit shows what it knew while the fresh copies come; the roster is read anew.
        if let old = state.campaign, old.id == campaignID {
            campaign.campaign = old.campaign
            campaign.sessions = old.sessions
            campaign.unsavedSessions = old.unsavedSessions
        }
        campaign.roster.loading = true
        state.campaign = campaign
        return [
            .loadCampaign(id: campaignID), .listSessions(campaignID: campaignID),
            .loadRoster(campaignID: campaignID, page: 1, limit: Roster.pageSize)
        ]
    }

    /// A session opened: its campaign is loaded unless this visit has it already (opened from
    /// the campaign's list), and the leads chosen for it earlier are read back.
    static func opened(_ session: Session, state: inout AppState) -> [Effect] {
        var effects: [Effect] = [.loadLeadChoice(sessionID: session.id, campaignID: session.campaignID)]
        state.campaign?.roster.chosen = nil
        if let id = session.campaignID, SessionID.isValid(id), state.campaign?.id != id {
            effects += load(id, state: &state)
        }
        return effects
    }

    /// Ctrl-R: the campaign and its sessions again (the roster stays as read).
    static func reload(state: inout AppState) -> [Effect] {
        guard let id = state.campaign?.id else { return [] }
        return [.loadCampaign(id: id), .listSessions(campaignID: id)]
    }

    static func campaignLoaded(_ result: Result<Campaign, APIError>, state: inout AppState) -> [Effect] {
        guard state.campaign != nil else { return [] }
        switch result {
        case .success(let campaign):
            state.campaign?.campaign = campaign
            state.campaign?.error = nil
            if let base = state.base, let node = base.nodeID, state.campaign?.place(of: node) == nil,
                !campaign.nodes.isEmpty
            {
                warn("This session's email is no longer in the campaign's sequence", state: &state)
            }
            if let before = state.campaign?.applyAfterReading {
                state.campaign?.applyAfterReading = nil
                return ApplyUpdate.reread(before: before, state: &state)
            }
        case .failure(let error):
            if state.campaign?.applyAfterReading != nil {
                state.campaign?.applyAfterReading = nil
                state.status = StatusMessage(
                    "Not applied: the campaign could not be read again (\(error.message))", isError: true)
                return []
            }
            // Said once: a campaign this key cannot read does not cover every reload's "Reloaded".
            if state.campaign?.error == nil {
                warn("The campaign could not be read (\(error.message)); the session works without it", state: &state)
            }
            state.campaign?.error = error.message
        }
        return []
    }

    static func sessionsListed(_ result: Result<[Session], APIError>, state: inout AppState) -> [Effect] {
        guard state.campaign != nil else { return [] }
        switch result {
        case .success(let sessions):
            state.campaign?.sessions = sessions
            state.campaign?.sessionsError = nil
            PickerUpdate.keepSelectionInRange(state: &state)
        case .failure(let error):
            // The list is what the program was started for: without it there is nothing to show.
            if state.base == nil, state.sessionID == nil, state.campaign?.sessions == nil, state.campaigns == nil {
                return [.exit(status: ExitStatus.forStartFailure(error), message: "puffle-draft: \(error.message)")]
            }
            state.campaign?.sessionsError = error.message
        }
        return []
    }

    static func rosterLoaded(_ result: Result<RosterPage, APIError>, state: inout AppState) -> [Effect] {
        guard state.campaign != nil else { return [] }
        switch result {
        case .success(let page):
            // In place: a copy of the campaign would share the roster and copy it whole to add a page.
            state.campaign?.roster.take(page)
        case .failure(let error):
            state.campaign?.roster.loading = false
            state.campaign?.roster.error = error.message
            warn("The campaign's roster could not be read (\(error.message))", state: &state)
            return []
        }
        return moreRosterIfWanted(state: &state)
    }

    /// Reads the next page when something waits for it: chosen leads not met yet, a filter in the
    /// chooser, or its selection near the end of what is read.
    static func moreRosterIfWanted(state: inout AppState) -> [Effect] {
        guard let campaign = state.campaign, let page = campaign.roster.nextPage, !campaign.roster.loading else {
            return []
        }
        let roster = campaign.roster
        let missing = roster.chosen?.contains { roster.prospect(id: $0) == nil } ?? false
        let chooserWants =
            state.leadChooser.map { !$0.filter.text.isEmpty || $0.selected >= roster.prospects.count - 20 } ?? false
        guard missing || chooserWants else { return [] }
        state.campaign?.roster.loading = true
        return [.loadRoster(campaignID: campaign.id, page: page, limit: Roster.pageSize)]
    }

    /// A warning from the background does not cover one the user has not read yet (a bad
    /// `--leads` file, the campaign's own failure when the roster's follows).
    private static func warn(_ text: String, state: inout AppState) {
        guard state.status?.isError != true else { return }
        state.status = StatusMessage(text, isError: true)
    }

    static func leadChoiceLoaded(sessionID: String, _ ids: [String]?, state: inout AppState) -> [Effect] {
        guard state.sessionID == sessionID, let ids else { return [] }
        state.campaign?.roster.chosen = ids
        return moreRosterIfWanted(state: &state)
    }
}
