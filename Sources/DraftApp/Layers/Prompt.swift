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
    /// Ctrl-O with unsaved edits.
    case leaveSession
    /// F7: a misspelled word and the checker's suggestions.
    case spelling(SpellingChoice)

    /// The text a prompt takes, typed and edited in the footer like a one-line field.
    public var input: TextBuffer? {
        switch self {
        case .newSession(let buffer), .find(let buffer, _), .replaceWhat(let buffer), .replaceWith(_, let buffer): buffer
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
        default: self
        }
    }

    /// Keys a prompt with an input or a run of replacements shows besides its letters.
    public var keyHints: [(key: String, label: String)] {
        switch self {
        case .find: [("Enter", "next"), ("Shift-F3", "previous"), ("Esc", "close")]
        case .replaceWhat, .replaceWith, .newSession: [("Enter", "go on"), ("Esc", "cancel")]
        case .replaceEach: [("Esc", "stop")]
        default: []
        }
    }

    /// The answers, as data: the footer shows them and update dispatches on them.
    public var answers: [(key: Character, label: String)] {
        switch self {
        case .unsavedOnQuit(_, onlyMessage: true): [("d", "quit (the message is kept for next time)"), ("c", "cancel")]
        case .unsavedOnQuit: [("s", "save and quit"), ("d", "discard and quit (the recovery copy is kept)"), ("c", "cancel")]
        case .recover: [("y", "restore the unsaved edits"), ("n", "start from the server's version")]
        case .busySave: [("y", "save anyway"), ("n", "cancel")]
        case .conflict: [("m", "keep mine"), ("t", "take theirs"), ("d", "show the diff"), ("c", "cancel")]
        case .restoreSkeleton: [("y", "restore it"), ("n", "cancel")]
        case .sendTurn: [("y", "send"), ("n", "keep editing")]
        case .sendTurnWithEdits: [("s", "save, then send"), ("w", "send without them"), ("c", "cancel")]
        case .generateExamples: [("y", "generate"), ("n", "cancel")]
        case .newSession, .find, .replaceWhat, .replaceWith: []
        case .deleteSession: [("y", "delete it"), ("n", "cancel")]
        case .replaceEach: [("y", "replace this one"), ("n", "skip it"), ("a", "all the rest")]
        case .saveBeforeApply: [("s", "save, then apply"), ("c", "cancel")]
        case .applyToCampaign: [("y", "apply"), ("n", "cancel")]
        case .leaveSession: [("s", "save"), ("k", "keep for later (recovery copy)"), ("c", "cancel")]
        case .spelling(let choice):
            (choice.suggestions ?? []).enumerated().map { (Character(String($0.offset + 1)), $0.element) }
                + [("a", "add to your words"), ("i", "ignore")]
        }
    }

    public var question: String {
        switch self {
        case .unsavedOnQuit(_, onlyMessage: true):
            "Your chat message is not sent."
        case .unsavedOnQuit(let saveWaiting, _):
            saveWaiting ? "You have unsaved changes; the save is waiting to try again." : "You have unsaved changes."
        case .recover(let journal):
            "Unsaved edits to recover (\(journal.fieldNames)) from \(journal.savedAtShort)."
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
            "Generate examples for \(leads.count) lead\(leads.count == 1 ? "" : "s")" + (firstBatch ? ", replacing the current ones" : ", added to the current ones")
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
        case .spelling(let choice):
            "\"\(StyledText.singleLine(choice.word))\"" + (choice.suggestions.map {
                $0.isEmpty ? " is not in the dictionary (no suggestions)." : ":"
            } ?? ": looking for suggestions…")
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
