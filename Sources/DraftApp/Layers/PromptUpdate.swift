import DraftCore
import PuffleAPI

/// Answers to the one-line prompts. Esc always cancels; other keys are ignored.
enum PromptUpdate {
    static func answer(_ key: Key, to prompt: Prompt, state: inout AppState) -> [Effect] {
        if let input = prompt.input { return PromptInputUpdate.key(key, prompt: prompt, input: input, state: &state) }
        if case .replaceEach(let run) = prompt { return ReplaceUpdate.answer(key, run: run, state: &state) }
        let answer: Character? = switch key {
        case .escape: "c"
        case .enter: if case .spelling = prompt { "1" } else { nil }
        case .character(let c): Character(c.lowercased())
        default: nil
        }
        guard let answer else { return [] }
        switch (prompt, answer) {
        case (.unsavedOnQuit, "s"):
            state.prompt = nil
            state.afterSave = .quit
            return SavingUpdate.requestSave(state: &state)
        case (.unsavedOnQuit, "d"):
            state.prompt = nil
            let journal = RecoveryJournal.snapshot(of: state).map { [Effect.writeJournal($0)] } ?? []
            return journal + [.exit(status: 0, message: nil)]
        case (.busySave, "y"):
            state.prompt = nil
            return SavingUpdate.requestSave(busyConfirmed: true, state: &state)
        case (.conflict(let fields, let theirs), "m"):
            state.prompt = nil
            acknowledge(fields, theirs: theirs, state: &state)
            state.saving = .checking(busyConfirmed: true)
            return SavingUpdate.write(state: &state)
        case (.conflict(let fields, let theirs), "t"):
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
        case (.conflict(let fields, let theirs), "d"):
            state.overlay = .diff(title: "Server's version → yours", lines: diffLines(fields, theirs: theirs, state: state), scroll: 0)
            return []
        case (.sendTurn(let message), "y"), (.sendTurnWithEdits(let message), "w"):
            state.prompt = nil
            return ChatUpdate.sendTurn(message, state: &state)
        case (.sendTurnWithEdits(let message), "s"):
            state.prompt = nil
            state.afterSave = .sendTurn(message)
            return SavingUpdate.requestSave(state: &state)
        case (.generateExamples(let leads, let firstBatch), "y"):
            state.prompt = nil
            return ChatUpdate.generate(leads, firstBatch: firstBatch, state: &state)
        case (.spelling(let choice), let letter) where letter != "c":
            return SpellUpdate.answer(letter, choice: choice, state: &state)
        case (.saveBeforeApply, "s"):
            state.prompt = nil
            state.afterSave = .apply
            return SavingUpdate.requestSave(state: &state)
        case (.applyToCampaign(let node, let body, _), "y"):
            state.prompt = nil
            state.overlay = nil
            return ApplyUpdate.apply(nodeID: node, body: body, state: &state)
        case (.leaveSession, "s"):
            state.prompt = nil
            state.afterSave = .leave
            return SavingUpdate.requestSave(state: &state)
        case (.leaveSession, "k"):
            state.prompt = nil
            return PickerUpdate.backToList(keepingEdits: true, state: &state)
        case (.deleteSession(let session), "y"):
            state.prompt = nil
            return [.deleteSession(id: session.id)]
        case (.sendTurn, "n"), (.generateExamples, "n"), (.deleteSession, "n"), (.applyToCampaign, "n"):
            state.overlay = nil
            state.prompt = nil
            return []
        case (.restoreSkeleton(let index), "y"):
            state.prompt = nil
            ReviewUpdate.restoreSkeleton(index: index, state: &state)
            return JournalUpdate.scheduleIfNeeded(state: &state)
        case (.restoreSkeleton, "n"):
            state.prompt = nil
            return []
        case (.recover(let journal), "y"):
            state.prompt = nil
            JournalUpdate.restore(journal, state: &state)
            return []
        case (.recover(let journal), "n"), (.recover(let journal), "c"):
            state.prompt = nil
            state.overlay = nil
            // What became of the copy is said when the shell has moved it (`journalSetAside`).
            state.status = StatusMessage("Started from the server's version")
            return [.setAsideJournal(sessionID: journal.sessionID)]
        case (_, "c"), (.busySave, "n"):
            state.prompt = nil
            state.overlay = nil
            state.afterSave = nil
            state.status = StatusMessage("Cancelled")
            return []
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
        return FieldDiff.lines(changes, legend: state.diffLegend.text(removed: "only on the server", added: "only yours"),
                               inText: state.diffLegend.inText)
    }
}
