import DraftCore
import PuffleAPI

/// Driving the LLM from the terminal: chat turns from the composer, example generation, and
/// watching the task the server runs for them. Each costs the customer money, so nothing is
/// sent without a yes.
enum ChatUpdate {
    /// Variables the LLM may use: Puffle's standard ones, the sender's, then every field the sample
    /// leads have (their `id` is for tracing examples back, not a variable).
    static func availableVariables(_ leads: [Lead], sender: [String: String] = [:]) -> [String] {
        // The lead's fields and `%sender_first%` always; the sender's others when the account has them.
        var names = TemplateFields.lead + ["sender_first"]
        for key in TemplateFields.sender where key != "sender_first" && sender[key] != nil { names.append(key) }
        for lead in leads {
            for key in lead.fields.keys.sorted() where !names.contains(key) && key != "id" { names.append(key) }
            for key in lead.customFields.keys.sorted() where !names.contains("custom_fields.\(key)") {
                names.append("custom_fields.\(key)")
            }
        }
        return names
    }

    /// Enter in the Transcript: ask before sending what the composer holds.
    static func requestTurn(state: inout AppState) -> [Effect] {
        let message = Composer.message(state.editors[.transcript])
        guard !message.isEmpty else {
            state.status = StatusMessage("Type a message first; Enter sends it")
            return []
        }
        if let task = state.taskStatus {
            state.status = StatusMessage(
                "Wait for the running task (\(task.label)) to finish before sending", isError: true)
            return []
        }
        let draftEdited = state.changedPanes.contains(.subject) || state.changedPanes.contains(.body)
        state.prompt = draftEdited ? .sendTurnWithEdits(message) : .sendTurn(message)
        return []
    }

    static func sendTurn(_ message: String, state: inout AppState) -> [Effect] {
        guard let id = state.sessionID, let base = state.base else { return [] }
        state.pendingTurn = PendingTurn(message: message, messagesBefore: base.messageCount)
        state.editors[.transcript] = Composer.holding()
        state.scroll[.transcript] = nil
        let leads = state.turnLeads
        let request = TurnRequest(
            message: message,
            availableVarNames: availableVariables(leads, sender: state.campaign?.senderVariables ?? [:]),
            sampleLeads: leads.isEmpty ? nil : leads, sequenceContext: state.sequenceContext)
        return [.startTurn(sessionID: id, request)] + JournalUpdate.scheduleIfNeeded(state: &state)
    }

    /// `g` (replace) or `G` (add examples for the leads that have none yet) in Examples.
    static func requestExamples(firstBatch: Bool, state: inout AppState) -> [Effect] {
        guard let base = state.base else { return [] }
        let sample = state.sampleLeads
        guard !sample.isEmpty else {
            let why =
                state.campaign?.roster.loading == true
                ? "the campaign's roster is still loading"
                : "choose some with Alt-L, or start with --leads FILE"
            state.status = StatusMessage("No sample leads: \(why)", isError: true)
            return []
        }
        if let task = state.taskStatus {
            state.status = StatusMessage("Wait for the running task (\(task.label)) to finish", isError: true)
            return []
        }
        var leads = sample
        if !firstBatch {
            let covered = base.generatedExamples.indices.compactMap {
                state.lead(for: base.generatedExamples[$0], at: $0)
            }
            leads = leads.filter { !covered.contains($0) }
            guard !leads.isEmpty else {
                state.status = StatusMessage("Every sample lead has an example already; g generates them all again")
                return []
            }
        }
        state.prompt = .generateExamples(leads: leads, firstBatch: firstBatch)
        return []
    }

    /// `R` in Examples: the chosen example's lead, alone, asked for again (after a `y`). The new
    /// example is added; the list shows it in the old one's place, which stays one `v` away.
    static func requestExampleAgain(state: inout AppState) -> [Effect] {
        guard let chosen = state.chosenExample else {
            state.status = StatusMessage("No example chosen")
            return []
        }
        if let task = state.taskStatus {
            state.status = StatusMessage("Wait for the running task (\(task.label)) to finish", isError: true)
            return []
        }
        let leads = state.leadsOfExamples
        guard leads.indices.contains(chosen), let lead = leads[chosen] else {
            state.status = StatusMessage(
                "Example \(state.selectedExample + 1) names no lead this session knows: choose leads with Alt-L",
                isError: true)
            return []
        }
        state.prompt = .regenerateExample(lead: lead, name: lead.displayName)
        return []
    }

    static func generate(_ leads: [Lead], firstBatch: Bool, state: inout AppState) -> [Effect] {
        guard let id = state.sessionID else { return [] }
        state.status = StatusMessage("Asking for examples…")
        return [
            .generateExamples(
                sessionID: id,
                GenerateExamplesRequest(
                    leads: leads, isFirstBatch: firstBatch,
                    sequenceContext: state.sequenceContext))
        ]
    }

    /// The server claimed the session (or refused). A claim shows as busy at once and starts the
    /// polling; a refusal keeps the message and says why.
    static func started(_ result: Result<RunHandle, APIError>, kind: TaskStatus, state: inout AppState) -> [Effect] {
        let wasBusy = state.taskStatus != nil
        switch result {
        case .success:
            state.base?[.taskStatus] = .string(kind.rawValue)
            state.pendingTurn?.accepted = true
            state.status = StatusMessage(
                kind == .chatProcessing ? "Sent; waiting for the reply" : "Generating examples…")
            return SessionAnswers.busyEffects(state: &state, wasBusy: wasBusy)
        case .failure(let error) where error.mayHaveReachedServer:
            // Never sent twice: ask the server whether it took the request before saying anything.
            guard let id = state.sessionID else { return [] }
            state.status = StatusMessage(
                "No answer (\(error.message)); asking the server whether it took the request…", isError: true)
            return [.fetchSession(id: id, reason: .taskCheck(kind))]
        case .failure(let error):
            returnPendingToComposer(state: &state)
            if case .busy = error {
                // Someone else's task holds the session: watch it rather than retrying.
                state.status = StatusMessage("\(error.message); nothing was sent", isError: true)
                guard let id = state.sessionID, !state.poll.inFlight else { return [] }
                state.poll.inFlight = true
                return [.fetchSession(id: id, reason: .poll)]
            }
            let what = kind == .chatProcessing ? "The message was not sent" : "No examples were requested"
            state.status = StatusMessage("\(what): \(error.message)", isError: true)
            return []
        }
    }

    /// After a paid request got no answer: a claimed session means the task started (the busy
    /// indicator runs as if the answer had come); a turn already answered means it ran; else it
    /// was not taken, and the message goes back to the composer. Nothing is sent again.
    static func taskChecked(_ result: Result<Session, APIError>, kind: TaskStatus, state: inout AppState) -> [Effect] {
        let what = kind == .chatProcessing ? "message" : "request for examples"
        switch result {
        case .failure(let error):
            returnPendingToComposer(state: &state)
            state.status = StatusMessage(
                "No answer, and the server cannot say whether it took the \(what) (\(error.message)). "
                    + "Check with Ctrl-R before sending again", isError: true)
            return []
        case .success(let session):
            let claimed = session.taskStatus == kind
            let replied =
                kind == .chatProcessing && state.pendingTurn.map { session.messageCount > $0.messagesBefore } == true
            if claimed || replied { state.pendingTurn?.accepted = true }
            let effects = SessionAnswers.took(session, reason: .taskCheck(kind), state: &state)
            if claimed {
                state.status = StatusMessage(
                    "The answer was lost on the way, but the server took the \(what): "
                        + (kind == .chatProcessing ? "waiting for the reply" : "generating examples"))
            } else if replied {
                state.status = StatusMessage(
                    "The answer was lost on the way, but the server took the message and has replied")
            } else {
                returnPendingToComposer(state: &state)
                state.status = StatusMessage(
                    kind == .chatProcessing
                        ? "The message was not sent (the connection dropped before the server took it); "
                            + "it is back in the composer"
                        : "No examples were requested (the connection dropped before the server took it); g asks again",
                    isError: true)
            }
            return effects
        }
    }

    /// A turn that failed goes back into the composer, so not a word of it is lost.
    private static func returnPendingToComposer(state: inout AppState) {
        guard let pending = state.pendingTurn else { return }
        state.pendingTurn = nil
        let current = state.editors[.transcript]?.text ?? ""
        state.editors[.transcript] = Composer.holding(
            current.isEmpty ? pending.message : pending.message + "\n" + current)
    }

    /// After each fresh copy: the pending message is done once the task is over.
    static func settlePendingTurn(state: inout AppState) {
        guard let pending = state.pendingTurn, pending.accepted, let base = state.base, base.taskStatus == nil else {
            return
        }
        if base.messageCount <= pending.messagesBefore {
            returnPendingToComposer(state: &state)
            state.status = StatusMessage(
                "The turn ended without a reply; your message is back in the composer", isError: true)
        } else {
            state.pendingTurn = nil
        }
    }

    /// How long a task may run before the user is told it looks stuck.
    static func patience(for task: TaskStatus) -> Double {
        task == .generatingExamples ? 600 : 120
    }
}
