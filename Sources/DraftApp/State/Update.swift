import DraftCore
import PuffleAPI

/// The only place behaviour lives: an action and the current state in, the new state and the
/// effects to run out. No I/O here; tests drive it directly.
public enum Update {
    /// The one place the state changes: applies an action and returns the effects it asks for.
    public static func apply(_ action: Action, to state: inout AppState) -> [Effect] {
        if let fired = Timers.firing(action) { state.timers.remove(fired) }
        let status = state.status
        // What the server, the spelling or the campaign changes can move the chosen example to
        // another row: the selection goes with it. A key moves the selection itself.
        let chosen: AppState.ChosenExample? = if case .input = action { nil } else { state.chosenExampleIdentity }
        let layout = state.layout
        var effects = react(to: action, state: &state)
        // A resize or a focus that moves or resizes the body keeps its cursor in view, as an edit does.
        if state.layout != layout { EditingUpdate.keepCursorVisible(&state) }
        if let chosen, state.chosenExampleIdentity != chosen { state.choose(chosen) }
        effects += SpellUpdate.look(after: action, state: &state)
        if let shown = state.status, shown != status { effects.append(Timers.expiry(of: shown)) }
        Timers.note(effects, in: &state.timers)
        return effects
    }

    private static func react(to action: Action, state: inout AppState) -> [Effect] {
        switch action {
        case .input(.resize(let width, let height)):
            state.width = max(0, width)
            state.height = max(0, height)
            return []
        case .input(.paste(let text)):
            state.gathersCutLines = false
            let pasted = PastedText(text)
            let status = state.status
            let effects = LayerInput.paste(pasted.text, state: &state)
            // Said only where the paste went in: a question it is no answer to says that instead.
            if pasted.leftOut > 0, state.status == status, state.promptRefused == nil {
                let count = pasted.leftOut
                state.status = StatusMessage(
                    "Pasted without \(count) control character\(count == 1 ? "" : "s") or escape sequence"
                        + "\(count == 1 ? "" : "s") (colours copied from a terminal): an email cannot hold them")
            }
            return effects
        case .input(.mouse(let event)):
            state.gathersCutLines = false
            return LayerInput.mouse(event, state: &state)
        case .input(.key(let key)):
            return LayerInput.key(key, state: &state)
        case .sessionOpened(let result):
            return SessionAnswers.opened(result, state: &state)
        case .sessionReloaded(let result):
            return SessionAnswers.reloaded(result, state: &state)
        case .pollAnswered(let result):
            return SessionAnswers.polled(result, state: &state)
        case .saveChecked(let result):
            return SessionAnswers.isWanted(result, state: state) ? SavingUpdate.checked(result, state: &state) : []
        case .taskChecked(let result, let kind):
            return SessionAnswers.isWanted(result, state: state)
                ? ChatUpdate.taskChecked(result, kind: kind, state: &state) : []
        case .sessionsListed(let result):
            return CampaignUpdate.sessionsListed(result, state: &state)
        case .campaignLoaded(let result):
            return CampaignUpdate.campaignLoaded(result, state: &state)
        case .rosterLoaded(let result, .sampleLeads):
            return CampaignUpdate.rosterLoaded(result, state: &state)
        case .rosterLoaded(let result, .sequenceReview(let opening)):
            return SequenceUpdate.rosterLoaded(result, opening: opening, state: &state)
        case .rosterRetryDue(let opening):
            return SequenceUpdate.retryDue(opening: opening, state: &state)
        case .campaignsListed(let result):
            return CampaignsUpdate.listed(result, state: &state)
        case .leadChoiceLoaded(let sessionID, let ids):
            return CampaignUpdate.leadChoiceLoaded(sessionID: sessionID, ids, state: &state)
        case .nodeUpdated(let result):
            return ApplyUpdate.updated(result, state: &state)
        case .journalsListed(let sessions):
            state.campaign?.unsavedSessions = sessions
            return []
        case .effectFailed(let message):
            state.status = StatusMessage(message, isError: true)
            return []
        case .spellingChecked(let answers):
            return SpellUpdate.checked(answers, state: &state)
        case .spellingSuggested(let word, let suggestions):
            return SpellUpdate.suggested(suggestions, for: word, state: &state)
        case .spellingStopped(let reason):
            return SpellUpdate.stopped(reason, state: &state)
        case .saveFinished(let result):
            return SavingUpdate.finished(result, state: &state)
        case .taskStarted(let result, let kind):
            return ChatUpdate.started(result, kind: kind, state: &state)
        case .sessionCreated(let result):
            return PickerUpdate.created(result, state: &state)
        case .sessionDeleted(let result):
            return PickerUpdate.deleted(result, state: &state)
        case .journalLoaded(let journal):
            return JournalUpdate.loaded(journal, state: &state)
        case .journalDue:
            return JournalUpdate.due(state: &state)
        case .journalUnreadable(let keptAs, let reason):
            // Said, never silent: the words in it are not lost, and a new copy will not overwrite them.
            state.status = StatusMessage(
                "The recovery copy could not be read; "
                    + (keptAs.map { "it is kept as recovery/\($0)" } ?? "nor moved aside: \(reason)"), isError: true)
            return []
        case .journalSetAside(_, .success(let name)):
            state.status = StatusMessage("Started from the server's version; copy in recovery/\(name)")
            return []
        case .journalSetAside(let id, .failure(let failure)):
            state.status = StatusMessage(
                "Started from the server's version, but the recovery copy could not be set aside "
                    + "(\(failure.reason)): it is still recovery/\(id).json, and your next edit here replaces it",
                isError: true)
            return []
        case .journalNotRemoved(let id, let failure):
            state.status = StatusMessage(
                "Saved, but recovery/\(id).json could not be removed (\(failure.reason)): "
                    + "the next start will offer it again", isError: true)
            return []
        case .journalFailed(let reason):
            state.status = StatusMessage("Cannot write the recovery copy: \(reason)", isError: true)
            return []
        case .externalEditFinished(let pane, let result):
            return EditingUpdate.externalEditFinished(pane, result, state: &state)
        case .pollDue:
            guard let id = state.sessionID, state.taskStatus != nil, !state.poll.inFlight else { return [] }
            state.poll.inFlight = true
            return [.fetchSession(id: id, reason: .poll)]
        case .statusExpired(let message):
            if state.status == message {
                state.status = nil
                state.startupWarningExpired(message)
            }
            return []
        case .spinnerTick:
            guard state.taskStatus != nil else { return [] }
            state.spinnerFrame &+= 1
            return [.after(seconds: Timers.spinnerInterval, .spinnerTick, id: .spinner)]
        case .saveRetryTick(let secondsLeft):
            return SavingUpdate.tick(secondsLeft: secondsLeft, state: &state)
        case .saveRetryDue:
            return SavingUpdate.retryDue(state: &state)
        case .hangUp(let signal):
            // Keep every word: the journal is written before leaving, whatever else happens.
            let journal = RecoveryJournal.snapshot(of: state).map { [Effect.writeJournal($0)] } ?? []
            return journal + [.exit(status: 128 + signal, message: nil)]
        }
    }

    /// The start without an id (and the demo's): the user's campaigns, loading.
    public static func openCampaigns(state: inout AppState) -> [Effect] {
        CampaignsUpdate.open(state: &state)
    }

    /// The start of `--campaign`, and Enter on a campaign: the campaign's list, loading.
    public static func openList(campaignID: String, state: inout AppState) -> [Effect] {
        state.picker = PickerState()
        return CampaignUpdate.load(campaignID, state: &state) + [.listJournals]
    }

    static func perform(_ command: Command, on state: inout AppState) -> [Effect] {
        switch command {
        case .nextPane: state.focus(state.focus.next)
        case .previousPane: state.focus(state.focus.previous)
        case .focus(let pane): state.focus(pane)
        case .help: state.overlay = .help(scroll: 0)
        case .closeOverlay: state.overlay = nil
        case .repaint: return [.repaintAll]
        case .quit:
            let unsent = (state.editors[.transcript]?.utf8Count ?? 0) > 0
            guard state.isDirty || unsent else { return [.exit(status: 0, message: nil)] }
            state.prompt = .unsavedOnQuit(saveWaiting: state.saveRetry != nil, onlyMessage: !state.isDirty)
        case .save:
            return SavingUpdate.requestSave(state: &state)
        case .reload:
            guard let id = state.sessionID else { return [] }
            state.status = StatusMessage("Reloading…")
            // One reload at a time: a second Ctrl-R while a slow one comes in would only read it twice.
            guard !state.reloadInFlight else { return [] }
            state.reloadInFlight = true
            return [.fetchSession(id: id, reason: .reload)] + CampaignUpdate.reload(state: &state)
        case .edit(let edit):
            return EditingUpdate.perform(edit, state: &state)
        case .scrollUp, .scrollDown, .pageUp, .pageDown, .scrollHome, .scrollEnd:
            Scrolling.scroll(command, state: &state)
        case .selectPrevious, .selectNext:
            Scrolling.select(command == .selectNext ? 1 : -1, state: &state)
        case .openSelected:
            break
        case .cycleExampleView, .toggleHistoryDiff, .restoreSelected, .browseSkeletons, .leaveSkeletonHistory,
            .unstageSkeleton:
            return ReviewUpdate.perform(command, state: &state)
        case .sendMessage:
            return ChatUpdate.requestTurn(state: &state)
        case .generateExamples(let firstBatch):
            return ChatUpdate.requestExamples(firstBatch: firstBatch, state: &state)
        case .newSession, .deleteSelected:
            return []
        case .copy:
            return ClipboardUpdate.copy(state: &state)
        case .find:
            return FindUpdate.open(state: &state)
        case .findNext, .findPrevious:
            return FindUpdate.step(forward: command == .findNext, state: &state)
        case .replace:
            return ReplaceUpdate.open(state: &state)
        case .applyToCampaign:
            return ApplyUpdate.request(state: &state)
        case .backToList:
            return PickerUpdate.requestBack(state: &state)
        case .chooseLeads:
            return LeadChooserUpdate.open(state: &state)
        case .toggleLead, .filterLeads, .keepLeads:
            break
        case .nextMisspelling:
            return SpellUpdate.next(state: &state)
        case .nextCopyFinding:
            return CheckUpdate.next(state: &state)
        case .copyFeedback:
            return CheckUpdate.exampleFeedback(state: &state)
        case .sortExamples:
            return CheckUpdate.toggleExampleOrder(state: &state)
        case .regenerateExample:
            return ChatUpdate.requestExampleAgain(state: &state)
        case .openSequence:
            return SequenceUpdate.open(state: &state)
        case .leaveSequence, .previousLead, .nextLead, .findLead, .filterCampaigns:
            break
        case .clearMarks:
            state.editors[state.focus]?.deselect()
            state.find = nil
            state.readingSelection = nil
        }
        return []
    }
}
