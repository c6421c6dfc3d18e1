import DraftCore
import PuffleAPI

/// A one-line question at the bottom of the screen. Esc always cancels.
public enum Prompt: Equatable, Sendable {
    /// `saveWaiting`: a failed save is waiting to be tried again.
    /// Ctrl-Q with unsaved edits, or only a chat message typed and not sent (`onlyMessage`).
    case unsavedOnQuit(saveWaiting: Bool, onlyMessage: Bool = false)
    case recover(RecoveryJournal)
    case busySave
    case conflict(fields: [SessionField], theirs: Session)
    case restoreSkeleton(index: Int)
    case sendTurn(String)
    /// A turn asked for while Subject or Body has unsaved edits: the server's LLM would rewrite
    /// the saved draft, not what the user sees, so it offers to save them first.
    case sendTurnWithEdits(String)
    case generateExamples(leads: [Lead], firstBatch: Bool)
    /// Typing a sequence node id for a new session (the campaign picker).
    case newSession(TextBuffer)
    case deleteSession(Session)
    /// Ctrl-F: the query, and where the find started looking.
    case find(TextBuffer, origin: FindOrigin)
    /// Ctrl-\: what to replace, then what with, then each match in turn.
    case replaceWhat(TextBuffer)
    case replaceWith(TextSearch, TextBuffer)
    case replaceEach(ReplaceRun)
    /// Ctrl-P with unsaved edits: Puffle gets the saved draft, so save first.
    case saveBeforeApply
    /// Ctrl-P: the diff is shown above; these keys go to the campaign's node.
    case applyToCampaign(nodeID: String, body: JSONObject, place: String)
    /// Ctrl-O with unsaved edits, or Enter on a review check that opens another session: where
    /// to go once the session is left, if not its list.
    case leaveSession(then: ReviewJump? = nil)
    /// F7: a misspelled word and the checker's suggestions.
    case spelling(SpellingChoice)
    /// F8: a copy finding, selected in its field.
    case copyFinding(CopyFindingChoice)
    /// `R` on an example: one lead's example made again (it costs money).
    case regenerateExample(lead: Lead, name: String)
    /// `/` in the sequence review: a lead's name, company or address, looked for from the lead
    /// shown when it opened.
    case findLead(TextBuffer, from: Int)
    /// `/` in the campaigns: the name filter, applied as it is typed.
    case filterCampaigns(TextBuffer)
    /// Enter on a review check of an email that has no session: start one?
    case startEmailSession(campaignID: String, nodeID: String, place: Int)

    /// The text a prompt takes, typed and edited in the footer like a one-line field.
    public var input: TextBuffer? {
        switch self {
        case .newSession(let buffer), .find(let buffer, _), .replaceWhat(let buffer), .replaceWith(_, let buffer),
            .findLead(let buffer, _), .filterCampaigns(let buffer):
            buffer
        default: nil
        }
    }

    /// The same prompt with its input edited.
    func with(input buffer: TextBuffer) -> Prompt {
        switch self {
        case .newSession: .newSession(buffer)
        case .find(_, let origin): .find(buffer, origin: origin)
        case .replaceWhat: .replaceWhat(buffer)
        case .replaceWith(let search, _): .replaceWith(search, buffer)
        case .findLead(_, let origin): .findLead(buffer, from: origin)
        case .filterCampaigns: .filterCampaigns(buffer)
        default: self
        }
    }

    /// Whether the prompt asks nothing (a copy finding's line): a key or paste that is not one of
    /// its own closes it and goes to the screen beneath, where every question refuses it.
    public var closesOnOtherInput: Bool { if case .copyFinding = self { true } else { false } }

    /// Keys a prompt with an input or a run of replacements shows besides its letters.
    public var keyHints: [(key: String, label: String)] {
        switch self {
        case .find: [("Enter", "next"), ("Esc", "close"), ("Shift-F3", "previous")]
        case .replaceWhat, .replaceWith, .newSession: [("Enter", "go on"), ("Esc", "cancel")]
        case .findLead, .filterCampaigns: [("Enter", "keep"), ("Esc", "cancel")]
        case .replaceEach: [("Esc", "stop")]
        case .copyFinding: [("F8", "next")]
        default: []
        }
    }

    /// The answers, as data: the footer draws them, a click or a key picks one, and the update
    /// dispatches on its meaning.
    public var answers: [PromptChoice] {
        switch self {
        case .unsavedOnQuit(_, onlyMessage: true):
            [.init("d", "quit (the message is kept for next time)", .quitKeepingCopy), .init("c", "cancel", .cancel)]
        case .unsavedOnQuit:
            [
                .init("s", "save and quit", .save(then: .quit)),
                .init("d", "discard and quit (the recovery copy is kept)", .quitKeepingCopy),
                .init("c", "cancel", .cancel)
            ]
        case .recover:
            [
                .init("y", "restore the unsaved edits", .restoreEdits),
                .init("n", "start from the server's version", .startFromServer)
            ]
        case .busySave: [.init("y", "save anyway", .saveAnyway), .init("n", "cancel", .cancel)]
        case .conflict:
            [
                .init("m", "keep mine", .keepMine), .init("t", "take theirs", .takeTheirs),
                .init("d", "show the diff", .showDiff),
                .init("c", "cancel", .cancel)
            ]
        case .restoreSkeleton: [.init("y", "restore it", .restoreSkeleton), .init("n", "cancel", .cancel)]
        case .sendTurn: [.init("y", "send", .send), .init("n", "keep editing", .dismiss)]
        case .sendTurnWithEdits(let message):
            [
                .init("s", "save, then send", .save(then: .sendTurn(message))),
                .init("w", "send without them", .sendWithoutEdits),
                .init("c", "cancel", .cancel)
            ]
        case .generateExamples: [.init("y", "generate", .generate), .init("n", "cancel", .dismiss)]
        case .newSession, .find, .replaceWhat, .replaceWith, .findLead, .filterCampaigns: []
        case .startEmailSession: [.init("y", "start it", .startSession), .init("n", "cancel", .dismiss)]
        case .deleteSession: [.init("y", "delete it", .delete), .init("n", "cancel", .dismiss)]
        case .replaceEach:
            [
                .init("y", "replace this one", .replaceThis), .init("n", "skip it", .skipThis),
                .init("a", "all the rest", .replaceRest)
            ]
        case .saveBeforeApply: [.init("s", "save, then apply", .save(then: .apply)), .init("c", "cancel", .cancel)]
        case .applyToCampaign: [.init("y", "apply", .apply), .init("n", "cancel", .dismiss)]
        case .leaveSession(let jump):
            [
                .init("s", "save", .save(then: .leave(then: jump))),
                .init("k", "keep for later (recovery copy)", .keepForLater),
                .init("c", "cancel", .cancel)
            ]
        case .spelling(let choice) where choice.pane == .examples:
            [.init("a", "add to your words", .addWord), .init("i", "ignore", .ignoreWord)]
        case .spelling(let choice):
            (choice.suggestions ?? []).prefix(9).enumerated().map {
                PromptChoice(Character(String($0.offset + 1)), $0.element, .suggestion($0.offset))
            } + [.init("a", "add to your words", .addWord), .init("i", "ignore", .ignoreWord)]
        case .copyFinding: [.init("f", "tell the AI", .feedback)]
        case .regenerateExample: [.init("y", "generate", .generate), .init("n", "cancel", .dismiss)]
        }
    }

    /// What a key answers: a listed answer's key (either case), Enter where one answer is the
    /// obvious one (the first suggestion), and Esc or `c`, which always leave the prompt.
    public func answer(for key: Key) -> PromptAnswer? {
        switch key {
        case .escape: return escapeAnswer
        case .special(.function(8), []), .alt("k"):
            if case .copyFinding = self { return .nextFinding }
            return nil
        case .enter:
            if case .spelling(let choice) = self, choice.pane != .examples, !(choice.suggestions ?? []).isEmpty {
                return .suggestion(0)
            }
            return nil
        case .character(let typed):
            let lower = Character(typed.lowercased())
            return answers.first { $0.key == lower }?.answer ?? (lower == "c" ? escapeAnswer : nil)
        default: return nil
        }
    }

    /// Leaving without choosing: a recovery copy declined is kept aside, a run of replacements
    /// stops with what it did, anything else is cancelled.
    private var escapeAnswer: PromptAnswer {
        switch self {
        case .recover: .startFromServer
        case .replaceEach: .stopReplacing
        default: .cancel
        }
    }

    /// The question as the footer asks it, before the answers.
    public var question: String {
        switch self {
        case .unsavedOnQuit(_, onlyMessage: true):
            "Your chat message is not sent."
        case .unsavedOnQuit(let saveWaiting, _):
            saveWaiting ? "You have unsaved changes; the save is waiting to try again." : "You have unsaved changes."
        case .recover(let journal):
            "Unsaved \(journal.fieldNames) from \(journal.savedAtShort) to recover."
        case .busySave:
            "The session is busy: a running task may overwrite these fields. Save anyway?"
        case .conflict(let fields, _):
            "\(fields.map(\.displayName).joined(separator: ", ")) changed on the server since you loaded it."
        case .restoreSkeleton:
            "Restore this earlier skeleton? The generated examples will no longer match it."
        case .sendTurn:
            "Send this message as a chat turn? Each turn costs your Puffle account money."
        case .sendTurnWithEdits:
            "Unsaved draft edits; the AI reads the saved draft. Turns cost money."
        case .generateExamples(let leads, let firstBatch):
            "Generate examples for \(leads.count) lead\(leads.count == 1 ? "" : "s")"
                + (firstBatch ? ", replacing the current ones" : ", added to the current ones")
                + "? It costs your Puffle account money."
        case .newSession:
            "New session: sequence node id (UUID), Enter creates:"
        case .find:
            "Find:"
        case .replaceWhat:
            "Replace:"
        case .replaceWith(let search, _):
            "Replace \"\(search.query)\" with:"
        case .replaceEach(let run):
            "Replace this one? (\(run.replaced + run.skipped + 1) of \(run.total))"
        case .saveBeforeApply:
            "You have unsaved edits; Puffle gets the saved draft."
        case .applyToCampaign(_, let body, let place):
            "Apply the saved \(body.entries.map(\.key).joined(separator: " and ")) to the campaign's \(place)?"
        case .leaveSession:
            "You have unsaved changes."
        case .spelling(let choice) where choice.pane == .examples:
            "\"\(StyledText.singleLine(choice.word))\" in this example"
                + (choice.suggestions.map {
                    $0.isEmpty
                        ? " is not in the dictionary." : ": did you mean " + $0.prefix(4).joined(separator: ", ") + "?"
                } ?? ": looking for suggestions…")
        case .spelling(let choice):
            "\"\(StyledText.singleLine(choice.word))\""
                + (choice.suggestions.map {
                    $0.isEmpty ? " is not in the dictionary (no suggestions)." : ":"
                } ?? ": looking for suggestions…")
        case .copyFinding(let choice):
            "\(choice.index + 1)/\(choice.total) \(choice.explanation)"
        case .findLead:
            "Find a lead (name, company or email):"
        case .filterCampaigns:
            "Campaigns whose name holds:"
        case .startEmailSession(_, _, let place):
            "Email \(place) has no session yet. Start one to edit it (it costs nothing)?"
        case .regenerateExample(_, let name):
            "Generate \(name)'s example again (added; the current one is kept)? It costs your Puffle account money."
        case .deleteSession(let session):
            "Delete \"\(session.title ?? "untitled")\"? This cannot be undone"
                + (session.taskStatus != nil ? " and does not stop its running task." : ".")
        }
    }
}

extension SessionField {
    /// How messages name a field: "title", "subject", "body".
    public var displayName: String {
        switch self {
        case .title: "title"
        case .draftSubject: "subject"
        case .draftBody: "body"
        default: rawValue.replacing(where: { $0 == "_" }, with: " ")
        }
    }
}
