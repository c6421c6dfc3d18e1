import DraftCore
import PuffleAPI

/// Everything that can happen to the app: input, answers from the server, timers. The update
/// function turns each into a new state and a list of effects.
public enum Action: Equatable, Sendable {
    case input(InputEvent)
    /// The first GET of a session (at start, or opened from the list).
    case sessionOpened(Result<Session, APIError>)
    /// Ctrl-R's GET.
    case sessionReloaded(Result<Session, APIError>)
    /// A poll's GET while a task runs.
    case pollAnswered(Result<Session, APIError>)
    /// The GET before a save, to compare with what the edits started from.
    case saveChecked(Result<Session, APIError>)
    /// After a paid request got no answer: whether the server took it.
    case taskChecked(Result<Session, APIError>, TaskStatus)
    case sessionsListed(Result<[Session], APIError>)
    case campaignLoaded(Result<Campaign, APIError>)
    /// A page of the roster, for what asked for it.
    case rosterLoaded(Result<RosterPage, APIError>, for: RosterReader = .sampleLeads)
    /// A page of the roster the sequence review failed to read is due to be asked for again.
    case rosterRetryDue(opening: Int)
    /// The user's campaigns (`GET /api/campaigns`): the start without an id.
    case campaignsListed(Result<[CampaignSummary], APIError>)
    /// The leads chosen for a session earlier (nil: never chosen, or the file is unreadable).
    case leadChoiceLoaded(sessionID: String, [String]?)
    /// The answer to `PUT …/sequence/nodes/{id}` (Ctrl-P).
    case nodeUpdated(Result<SequenceNode, APIError>)
    /// The sessions that have unsaved edits in the recovery journal.
    case journalsListed(Set<String>)
    /// The checker's verdicts on words asked about.
    case spellingChecked([String: SpellVerdict])
    /// The checker's suggestions for a word F7 offered, best first.
    case spellingSuggested(String, [String])
    /// The checker cannot go on: why, for the one footer line.
    case spellingStopped(String)
    case saveFinished(Result<Session, APIError>)
    /// The answer to `/turn` or `/generate-examples`: the task is claimed, or why not.
    case taskStarted(Result<RunHandle, APIError>, TaskStatus)
    case sessionCreated(Result<Session, APIError>)
    case sessionDeleted(Result<String, APIError>)
    case journalLoaded(RecoveryJournal?)
    case journalDue
    /// The recovery copy could not be written (disk full, permissions): say so, keep going.
    case journalFailed(String)
    /// The session's recovery copy could not be read; it was moved aside (to `keptAs`) unless that failed too.
    case journalUnreadable(keptAs: String?, reason: String)
    /// The recovery copy the user chose not to recover was moved aside (to the name given), or why not.
    case journalSetAside(sessionID: String, Result<String, JournalFileFailure>)
    /// The recovery copy of saved edits could not be removed: it would be offered again at the next start.
    case journalNotRemoved(sessionID: String, JournalFileFailure)
    /// Something else the shell could not do (a file it could not write): the footer says so.
    case effectFailed(String)
    case externalEditFinished(Pane, Result<String, ExternalEditFailure>)
    case pollDue
    case spinnerTick
    /// A footer message has been shown long enough (the shell times it): it goes, unless another took its place.
    case statusExpired(StatusMessage)
    /// A failed save waits to be tried again: the seconds left, each second, then `saveRetryDue`.
    case saveRetryTick(secondsLeft: Int)
    case saveRetryDue
    /// SIGHUP, SIGTERM, SIGINT or the terminal went away: leave now, keeping what can be kept.
    case hangUp(signal: Int32)
}

extension Action {
    /// Whether the screen stays as it was after this action: its update changes nothing a view
    /// reads (the journal's timer only asks for a write). The shell draws no frame after such
    /// actions alone: comparing every region for nothing cost a frame once a second of typing.
    public var leavesScreen: Bool {
        if case .journalDue = self { true } else { false }
    }
}

/// Why a recovery copy's file could not be moved or removed, in the system's words.
public struct JournalFileFailure: Error, Equatable, Sendable {
    /// `strerror`'s text.
    public let reason: String
    /// A failure with the system's words.
    public init(reason: String) { self.reason = reason }
}

/// Why `$EDITOR` could not be used; the footer shows it and the text stays as it was.
public struct ExternalEditFailure: Error, Equatable, Sendable {
    /// What went wrong, in words for the footer.
    public let message: String
    /// A failure with its message.
    public init(_ message: String) { self.message = message }
}

/// Who reads a page of the roster: the sample leads (read as far as they are wanted) or one
/// opening of the sequence review (every page, once).
public enum RosterReader: Equatable, Sendable {
    case sampleLeads
    /// The review opened at this revision: pages of an earlier opening are dropped.
    case sequenceReview(opening: Int)
}

/// Why a session is being fetched: which action its answer comes back as.
public enum LoadReason: Equatable, Sendable {
    /// The first load: failures end the program with a clear line and an exit status.
    case open
    /// Ctrl-R.
    case reload
    /// While a task runs.
    case poll
    /// Just before a save: to compare with what the edits started from.
    case saveCheck
    /// After a paid request (a turn, examples) got no answer: did the server take it?
    case taskCheck(TaskStatus)

    /// The reason as the log names it. Spelled out: interpolating the enum itself would go
    /// through reflection, a millisecond at the first request of a start.
    public var logName: String {
        switch self {
        case .open: "open"
        case .reload: "reload"
        case .poll: "poll"
        case .saveCheck: "saveCheck"
        case .taskCheck(let status): "taskCheck(\(status.rawValue))"
        }
    }
}

/// Work for the shell to do; results come back as actions. Effects are values so tests can
/// assert on them without running anything.
public enum Effect: Equatable, Sendable {
    case fetchSession(id: String, reason: LoadReason)
    case listSessions(campaignID: String)
    case loadCampaign(id: String)
    case loadRoster(campaignID: String, page: Int, limit: Int, for: RosterReader = .sampleLeads)
    case listCampaigns
    case loadLeadChoice(sessionID: String, campaignID: String?)
    /// Remember the chosen leads in the state folder.
    case saveLeadChoice(sessionID: String, campaignID: String?, ids: [String])
    /// PUT exactly these keys on the campaign's node.
    case updateNode(campaignID: String, nodeID: String, body: JSONObject)
    case listJournals
    /// Ask the checker about these words.
    case checkSpelling([String])
    /// Ask the checker for its suggestions for a word.
    case suggestSpelling(String)
    /// Add a word to the user's words file.
    case addToWords(String)
    /// PATCH exactly these keys.
    case patchSession(id: String, body: JSONObject)
    case loadJournal(sessionID: String)
    case writeJournal(RecoveryJournal)
    case removeJournal(sessionID: String)
    /// Keep the recovery copy aside (as `.bak`) when the user chose the server's version.
    case setAsideJournal(sessionID: String)
    /// Suspend the screen and edit this text in `$VISUAL`/`$EDITOR`, named for the notice the
    /// shell prints while it runs.
    case editExternally(Pane, text: String, editor: ExternalEditorName)
    case startTurn(sessionID: String, TurnRequest)
    case generateExamples(sessionID: String, GenerateExamplesRequest)
    case createSession(campaignID: String, nodeID: String)
    case deleteSession(id: String)
    /// Feed `action` back after `seconds`, replacing any timer of the same id (see `Timers`).
    case after(seconds: Double, Action, id: TimerID)
    /// Drop the timer of this id, if one is set.
    case cancel(TimerID)
    /// Put text on the terminal's clipboard (OSC 52): over SSH, the user's own machine's.
    case setTerminalClipboard(String)
    /// Forget what the terminal shows and draw everything again (Ctrl-L).
    case repaintAll
    /// Restore the terminal, print `message` (if any) on stderr and exit.
    case exit(status: Int32, message: String?)
}

extension Action {
    /// The action a session's GET answers with, for the reason it was asked.
    public static func session(_ result: Result<Session, APIError>, for reason: LoadReason) -> Action {
        switch reason {
        case .open: .sessionOpened(result)
        case .reload: .sessionReloaded(result)
        case .poll: .pollAnswered(result)
        case .saveCheck: .saveChecked(result)
        case .taskCheck(let kind): .taskChecked(result, kind)
        }
    }
}
