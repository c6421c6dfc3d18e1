import DraftCore
import PuffleAPI

/// Answers to the one-line prompts, by meaning (`PromptAnswer`). Esc always leaves; any other key
/// does nothing but say, beside the question, that it is not an answer.
enum PromptUpdate {
    /// A key while a prompt is open: text for a prompt that takes it, else the answer it picks.
    static func key(_ key: Key, to prompt: Prompt, state: inout AppState) -> [Effect] {
        if let input = prompt.input { return PromptInputUpdate.key(key, prompt: prompt, input: input, state: &state) }
        guard let chosen = prompt.answer(for: key) else {
            state.promptRefused = "“\(key.label)”"
            return []
        }
        return answer(chosen, to: prompt, state: &state)
    }

    /// What an answer does, whichever key or click gave it.
    static func answer(_ answer: PromptAnswer, to prompt: Prompt, state: inout AppState) -> [Effect] {
        state.promptRefused = nil  // an answer that keeps the question open (a diff shown) clears it too
        if case .replaceEach(let run) = prompt { return ReplaceUpdate.answer(answer, run: run, state: &state) }
        if case .spelling(let choice) = prompt {
            return SpellUpdate.answer(answer, choice: choice, state: &state)
        }
        switch (prompt, answer) {
        case (.copyFinding, .nextFinding):
            return CheckUpdate.next(state: &state)
        case (.copyFinding, .feedback):
            return CheckUpdate.draftFeedback(state: &state)
        case (.copyFinding, .cancel):
            state.prompt = nil
            state.editors[state.focus]?.deselect()
            return []
        case (.startEmailSession(let campaignID, let nodeID, _), .startSession):
            state.prompt = nil
            return SequenceUpdate.jump(.create(campaignID: campaignID, nodeID: nodeID), state: &state)
        case (.regenerateExample(let lead, _), .generate):
            state.prompt = nil
            return ChatUpdate.generate([lead], firstBatch: false, state: &state)
        case (_, .cancel):
            state.prompt = nil
            state.overlay = nil
            state.afterSave = nil
            state.status = StatusMessage("Cancelled")
            return []
        case (_, .dismiss):
            state.overlay = nil
            state.prompt = nil
            return []
        case (_, .save(let next)):
            state.prompt = nil
            state.afterSave = next
            return SavingUpdate.requestSave(state: &state)
        case (_, .quitKeepingCopy):
            state.prompt = nil
            let journal = RecoveryJournal.snapshot(of: state).map { [Effect.writeJournal($0)] } ?? []
            return journal + [.exit(status: 0, message: nil)]
        case (_, .saveAnyway):
            state.prompt = nil
            return SavingUpdate.requestSave(busyConfirmed: true, state: &state)
        case (.conflict(let fields, let theirs), .keepMine):
            state.prompt = nil
            acknowledge(fields, theirs: theirs, state: &state)
            state.saving = .checking(busyConfirmed: true)
            return SavingUpdate.write(state: &state)
        case (.conflict(let fields, let theirs), .takeTheirs):
            state.prompt = nil
            acknowledge(fields, theirs: theirs, state: &state)
            if fields.contains(.skeleton) { state.stagedSkeleton = nil }
            for field in fields {
                guard let pane = Pane(field: field) else { continue }
                // Undoable: Ctrl-Z brings the user's own text back.
                state.editors[pane]?.replaceAll(with: theirs[field].stringValue ?? "")
            }
            guard state.isDirty else {
                state.status = StatusMessage("Took the server's version")
                return state.sessionID.map { [.removeJournal(sessionID: $0)] } ?? []
            }
            state.saving = .checking(busyConfirmed: true)
            return SavingUpdate.write(state: &state)
        case (.conflict(let fields, let theirs), .showDiff):
            state.overlay = .diff(
                title: "Server's version → yours", lines: diffLines(fields, theirs: theirs, state: state), scroll: 0)
            return []
        case (.sendTurn(let message), .send), (.sendTurnWithEdits(let message), .sendWithoutEdits):
            state.prompt = nil
            return ChatUpdate.sendTurn(message, state: &state)
        case (.generateExamples(let leads, let firstBatch), .generate):
            state.prompt = nil
            return ChatUpdate.generate(leads, firstBatch: firstBatch, state: &state)
        case (.applyToCampaign(let node, let body, _), .apply):
            state.prompt = nil
            state.overlay = nil
            return ApplyUpdate.apply(nodeID: node, body: body, state: &state)
        case (.leaveSession(let jump), .keepForLater):
            state.prompt = nil
            return PickerUpdate.backToList(keepingEdits: true, then: jump, state: &state)
        case (.deleteSession(let session), .delete):
            state.prompt = nil
            return [.deleteSession(id: session.id)]
        case (.restoreSkeleton(let index), .restoreSkeleton):
            state.prompt = nil
            ReviewUpdate.restoreSkeleton(index: index, state: &state)
            return JournalUpdate.scheduleIfNeeded(state: &state)
        case (.recover(let journal), .restoreEdits):
            state.prompt = nil
            JournalUpdate.restore(journal, state: &state)
            return []
        case (.recover(let journal), .startFromServer):
            state.prompt = nil
            state.overlay = nil
            // What became of the copy is said when the shell has moved it (`journalSetAside`).
            state.status = StatusMessage("Started from the server's version")
            return [.setAsideJournal(sessionID: journal.sessionID)]
        default:
            return []
        }
    }

    /// The conflict is seen: the base takes the server's value, so only what the user now wants
    /// differs from it.
    private static func acknowledge(_ fields: [SessionField], theirs: Session, state: inout AppState) {
        for field in fields { state.base?[field] = theirs[field] }
        state.serverChanged.subtract(fields)
        state.overlay = nil
    }

    static func diffLines(_ fields: [SessionField], theirs: Session, state: AppState) -> [StyledLine] {
        let changes = fields.compactMap { field in FieldDiff.mine(field, in: state).map { (field, theirs[field], $0) } }
        return FieldDiff.lines(
            changes, legend: state.diffLegend.text(removed: "only on the server", added: "only yours"),
            inText: state.diffLegend.inText)
    }
}
