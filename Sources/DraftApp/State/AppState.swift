import DraftCore
import PuffleAPI

/// The whole app as a value. Nothing here is tracked by hand that can be derived: "modified"
/// comes from comparing the editors with the base, busy from the base's task_status.
public struct AppState: Equatable, Sendable {
    /// The session shown, or nil while the list is.
    public var sessionID: String?
    /// The session as last loaded from the server, except for fields the server changed under
    /// the user's unsaved edits: those keep the value the edits started from, so a save notices.
    public var base: Session? {
        didSet {
            baseRevision = Revision.next()
            let weights = base.map(PaneWeights.init(session:)) ?? .even
            if weights != paneWeights { paneWeights = weights }
        }
    }
    /// What the right column's panes hold, which the three-column layout shares its height by.
    public private(set) var paneWeights = PaneWeights.even { didSet { relayout() } }
    /// Names the base as it is now, for the render cache: comparing sessions would cost what
    /// the session weighs.
    @NotCompared public private(set) var baseRevision = Revision.next()
    /// The editors of the title, subject and body.
    public var editors: [Pane: TextBuffer] = [:]
    /// The campaign's list, while it is on screen.
    public var picker: PickerState?
    /// The user's campaigns: where a start without an id begins (and the demo).
    public var campaigns: CampaignsState?
    /// Alt-S: the sequence review, shown over the session or list it was opened from.
    public var sequenceReview: SequenceReviewState?
    /// How many times the review was opened: each opening is named by its number, so pages asked
    /// for by an earlier one are told apart (from the state, so the update stays a pure function).
    public var sequenceOpenings = 0
    @NotCompared var sequenceReportMemo = RevisionMemo<SequenceReport?>()
    /// Where the body's cursor goes once the session being opened arrives (Enter on a review check).
    public var cursorOnOpen: TextPosition?
    /// Alt-L: choosing the sample leads from the campaign's roster.
    public var leadChooser: LeadChooser? { didSet { leadChooserRevision = Revision.next() } }
    /// Names the chooser's version, so its render is redrawn only when it changes.
    @NotCompared public private(set) var leadChooserRevision = Revision.next()

    /// Columns of the window; the layout follows a change.
    public var width: Int { didSet { relayout() } }
    /// Rows of the window; the layout follows a change.
    public var height: Int { didSet { relayout() } }
    /// Most recently focused first: the first has the focus, and the order decides which pane a
    /// tab group shows. Changed only by `focus(_:)`.
    public private(set) var recentPanes: [Pane] = [.body, .transcript, .skeleton, .title, .subject, .examples, .history]
    {
        didSet { relayout() }
    }
    /// Where everything goes on screen (ratatui's `Layout::split`): worked out once when the size
    /// or the pane order changes, then read by the view, the mouse and the scrolling alike.
    public private(set) var layout: ScreenLayout

    private mutating func relayout() {
        layout = ScreenLayout(width: width, height: height, recent: recentPanes, weights: paneWeights)
    }
    /// The focused pane: the most recent one, so the two cannot disagree.
    public var focus: Pane { recentPanes[0] }
    /// Where each pane's view starts (for Examples and History, the view of the chosen item).
    /// Absent means the pane's natural position: the end for the transcript, the top elsewhere.
    public var scroll: [Pane: ScrollAnchor] = [:]
    /// The example shown in the Examples pane.
    public var selectedExample = 0
    /// The earlier draft shown in the History pane.
    public var selectedHistory = 0

    /// What covers the panes (help, a diff), if anything.
    public var overlay: Overlay?
    /// The question the footer asks, if one is open.
    public var prompt: Prompt? {
        didSet {
            promptRevision = Revision.next()
            promptRefused = nil
        }
    }
    /// What was last pressed or pasted at the open question that is not one of its answers
    /// ("“h”", "pasted text"): the footer says so beside the question, so a key that does nothing
    /// is never silent. Any change of the prompt (an answer, the next question) forgets it.
    public var promptRefused: String?
    /// Names the prompt as it is now, for the render cache: a prompt may hold a whole session.
    @NotCompared public private(set) var promptRevision = Revision.next()
    /// The footer's message; it clears itself after a while (a timer effect).
    public var status: StatusMessage?
    /// Whether a Ctrl-R is on its way: the header says "reloading…" for as long as it takes (a
    /// large session on a slow link takes longer than the footer's message stays).
    public var reloadInFlight = false
    /// The last replace's words, for Up in its prompts.
    public var lastReplace: ReplaceTerms?
    /// The problems found at start, kept for F1 (see `warnAtStart`).
    public internal(set) var startupWarnings: [String] = []
    /// The last find (Ctrl-F): its matches stay marked and F3 goes on until Esc.
    public var find: FindState? { didSet { findRevision = Revision.next() } }
    /// Names the find's version, so the panes redraw its marks only when it changes.
    @NotCompared public private(set) var findRevision = Revision.next()
    /// What Ctrl-C or Ctrl-X last took: what Ctrl-V and Ctrl-U paste.
    public var clipboard: String?
    /// Set by Ctrl-K, cleared by any other key: consecutive Ctrl-K gather lines, as in nano.
    public var gathersCutLines = false
    /// A mouse selection in a reading pane (text fields keep theirs in their editor).
    public var readingSelection: ReadingSelection?
    /// Where the mouse button went down, while it is held.
    var mouseDrag: MouseDrag?
    /// The busy spinner's frame, advanced by a timer while a task runs.
    public var spinnerFrame = 0
    /// Polling while a task runs: whether a poll is out, and how long to wait.
    public var poll = PollState()
    /// Where a save is, or nil when none is under way.
    public var saving: SavePhase?
    /// A save that failed for a passing reason, waiting to be tried again by itself.
    public var saveRetry: SaveRetry?
    /// Fields the server changed while the user had unsaved edits in them.
    public var serverChanged: Set<SessionField> = []
    /// The timers set (`Timers`): kept by `Update.apply` from the effects, never by hand.
    public internal(set) var timers: TimerSet = []
    /// Off until the shell says a checker is there (`spell = false` keeps it off).
    public var spelling = SpellState(enabled: false)
    /// The copy checks as configured.
    public var copyChecks = CopyCheckSettings() { didSet { copyChecksRevision = Revision.next() } }
    /// Names the copy checks' settings, for the memo of their context.
    @NotCompared public private(set) var copyChecksRevision = Revision.next()
    @NotCompared var copyContextMemo = RevisionMemo<CopyContext>()
    /// The campaign's names, read by spelling and by the copy checks (a roster has thousands).
    @NotCompared var campaignNamesMemo = RevisionMemo<Set<String>>()
    /// The draft's copy report, re-checked paragraph by paragraph as it is edited (a cache).
    @NotCompared var copyMemo = CopyCheckMemo()

    /// Sample leads from `--leads`; without them the campaign's roster supplies them.
    public var leads: [Lead] = [] { didSet { leadsRevision = Revision.next() } }
    /// Names the sample leads' version, for the memos and renders that read them.
    @NotCompared public private(set) var leadsRevision = Revision.next()
    /// `--sequence`: overrides the context built from the campaign's sequence.
    public var sequenceFromFile: SequenceContext?
    /// The campaign the session belongs to (or whose list is shown), as far as it is loaded.
    public var campaign: CampaignState? { didSet { campaignRevision = Revision.next() } }
    /// Names the campaign's version, for the memos and renders that read it.
    @NotCompared public private(set) var campaignRevision = Revision.next()
    @NotCompared var draftMatch = RevisionMemo<Bool?>()
    @NotCompared var exampleProblems = RevisionMemo<[[CopyFinding]]>()
    @NotCompared var exampleLeads = RevisionMemo<[Lead?]>()
    @NotCompared var exampleOrderMemo = RevisionMemo<[Int]>()
    @NotCompared var earlierVersionsMemo = RevisionMemo<[[Int]]>()
    @NotCompared var identityMemo = RevisionMemo<StyledLine>()
    /// What a save was asked for on the way to something else; done once it succeeds, forgotten
    /// when it fails or is cancelled.
    public var afterSave: AfterSave?
    /// Which editor Ctrl-E runs, for the footer.
    public var externalEditor = ExternalEditorName(
        name: "the external editor", howToLeave: "save and quit it to come back")
    /// How the chosen example is shown: as written, as a diff, or the draft rendered for its lead.
    public var exampleView: ExampleView = .example
    /// Whether the Examples list shows the examples with the most findings first (`s`).
    public var examplesByFindings = false
    /// How diffs mark removed and added words in the theme as drawn, for the legends.
    public var diffLegend = DiffLegend.standard
    /// Whether the History pane shows the earlier draft's diff against the current one.
    public var historyShowsDiff = false
    /// The earlier skeleton being looked at (newest first), or nil for the current one.
    public var skeletonBrowse: Int?
    /// An earlier skeleton restored but not saved yet.
    public var stagedSkeleton: JSONValue?
    /// A chat message on its way: shown in the transcript until the server's transcript has it.
    public var pendingTurn: PendingTurn?
    /// The transcript's messages as wrapped rows, kept between frames (a cache: see `BlockMemo`).
    @NotCompared public private(set) var messageRows = BlockMemo()

    /// The state before anything is loaded: a session to open, or the list.
    public init(sessionID: String?, width: Int, height: Int) {
        self.sessionID = sessionID
        self.width = width
        self.height = height
        layout = ScreenLayout(width: width, height: height, recent: recentPanes, weights: .even)
    }

    /// What the screen says while a session is on its way (at start, or opened from the list).
    public var loadingMessage: String? {
        base == nil
            ? sessionID.map { "Loading session \(ShortID.of($0, among: campaign?.sessions?.map(\.id) ?? []))…" } : nil
    }

    /// The text a field had when loaded ("" for null).
    func baseText(_ pane: Pane) -> String {
        guard let field = pane.field else { return "" }
        return base?[field].stringValue ?? ""
    }

    /// Text panes whose editor differs from the base.
    public var changedPanes: [Pane] {
        Pane.textPanes.filter { pane in editors[pane].map { $0.differs(from: baseText(pane)) } ?? false }
    }

    /// A restored skeleton that differs from the base's.
    public var hasStagedSkeleton: Bool {
        guard let stagedSkeleton, let base else { return false }
        return stagedSkeleton != base[.skeleton]
    }

    /// Whether there is anything unsaved: the header's marker and the quit prompt read it.
    public var isDirty: Bool { !changedPanes.isEmpty || hasStagedSkeleton }

    /// The base with the user's edits applied: what a save makes of the session. A save that
    /// replaces the draft keeps the one it replaces in `draft_history` (`DraftVersion.keeping`),
    /// and a restored skeleton appends the one it replaces to `skeleton_history`, so none is lost.
    public func editedSession() -> Session? {
        guard let saved = base else { return nil }
        var session = saved
        let changed = changedPanes
        for pane in changed {
            if let field = pane.field, let editor = editors[pane] { session[field] = .string(editor.text) }
        }
        if let history = DraftVersion.keeping(saved, replacedBy: session) { session[.draftHistory] = .array(history) }
        if hasStagedSkeleton, let stagedSkeleton {
            if !session[.skeleton].isNull {
                session[.skeletonHistory] = .array((session[.skeletonHistory].arrayValue ?? []) + [session[.skeleton]])
            }
            session[.skeleton] = stagedSkeleton
        }
        return session
    }

    /// Earlier skeletons, newest first.
    public var skeletonHistoryNewestFirst: [JSONValue] { (base?.skeletonHistory ?? []).reversed() }

    /// What the server is doing for the session; nil when idle.
    public var taskStatus: TaskStatus? { base?.taskStatus }

    /// Whether typing goes to this pane's editor now: it has the focus, the session's panes are
    /// the screen (not the review over them), and no prompt or overlay has taken the keyboard
    /// (which is also when its cursor shows).
    func hasKeyboard(_ pane: Pane) -> Bool {
        guard focus == pane, case .screen(.session) = topLayer else { return false }
        return true
    }

    /// Gives a pane the focus: it becomes the most recent.
    public mutating func focus(_ pane: Pane) {
        guard recentPanes.first != pane else { return }
        var order = recentPanes
        order.removeAll { $0 == pane }
        order.insert(pane, at: 0)
        recentPanes = order
    }
}

/// What the Examples pane shows of the selected example.
public enum ExampleView: Equatable, Sendable, CaseIterable {
    case example
    /// Word diff against the current draft: what the LLM personalised or dropped.
    case diff
    /// The current draft filled with the lead's values.
    case rendered
    /// The lead's earlier example (after `R`), with the words that changed since.
    case earlier

    func title(_ legend: DiffLegend) -> String {
        switch self {
        case .example: "the example"
        case .diff:
            "changes from your draft (\(legend.text(removed: "only in the draft", added: "only in the example")))"
        case .rendered: "your draft for this lead"
        case .earlier:
            "the earlier version → this one (\(legend.text(removed: "only in the earlier", added: "only in this one")))"
        }
    }
}

/// A chat turn sent and not answered yet, shown at the end of the transcript.
public struct PendingTurn: Equatable, Sendable {
    /// What the user sent.
    public var message: String
    /// The transcript's length when it was sent: the reply has arrived once it has grown.
    public var messagesBefore: Int
    /// Whether the server took the turn; until then a failure puts the words back in the composer.
    public var accepted = false
}

/// A save that failed for a reason that may pass, waiting to try again.
public struct SaveRetry: Equatable, Sendable {
    /// Failed attempts so far.
    public var attempt: Int
    /// Why the last one failed.
    public var error: APIError
    /// The wait before the next attempt, as the header counts it down; nil while that attempt is on its way.
    public var secondsLeft: Int?
    /// The user already said yes to saving while a task runs.
    public var busyConfirmed: Bool
}

/// The step a save is at.
public enum SavePhase: Equatable, Sendable {
    /// Fetching the session to compare with what the edits started from.
    case checking(busyConfirmed: Bool)
    /// The PATCH is on its way.
    case writing(busyConfirmed: Bool)

    var busyConfirmed: Bool {
        switch self {
        case .checking(let confirmed), .writing(let confirmed): confirmed
        }
    }
}

/// What covers the panes: the help, or a diff a prompt asks about.
public enum Overlay: Equatable, Sendable {
    case help(scroll: Int)
    /// A word diff (a conflict, a recovery copy), shown above the prompt that asked for it.
    case diff(title: String, lines: [StyledLine], scroll: Int)
}

/// A line for the footer: what just happened, or what went wrong.
public struct StatusMessage: Equatable, Sendable {
    /// The message; server text in it has been made safe to show.
    public var text: String
    /// Whether it reports a failure: drawn in the error style and kept longer.
    public var isError: Bool

    /// A message; not an error unless told.
    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

/// Polling runs only while a task runs; errors stretch the interval so a failing server is not
/// hammered.
public struct PollState: Equatable, Sendable {
    /// Seconds between polls while a task runs (the API asks for 2–5 s).
    public static let interval = 2.5
    /// The longest wait between polls, however many fail.
    public static let longestInterval = 30.0
    /// Once a task has run far longer than usual.
    public static let slowInterval = 15.0

    /// Whether a poll is on its way: never two at once.
    public var inFlight = false
    /// Polls failed in a row; each doubles the wait.
    public var consecutiveErrors = 0
    /// Seconds of polls scheduled since the task was first seen: how long it has been running.
    public var waited = 0.0
    /// Whether the footer already said the task takes long: said once.
    public var warnedSlow = false

    /// The wait before the next poll, stretched by failures and by a slow task.
    public var nextDelay: Double {
        let base = warnedSlow ? PollState.slowInterval : PollState.interval
        return min(PollState.longestInterval, base * Double(1 << min(consecutiveErrors, 4)))
    }
}

/// The campaign's list of emails and sessions (`--campaign`, the demo, Ctrl-O); what it lists
/// comes from `CampaignState`.
public struct PickerState: Equatable, Sendable {
    /// The chosen row among the selectable ones.
    public var selected = 0
    /// Why the campaign's list could not be read.
    public var error: String? = nil

    /// A list with its first row chosen.
    public init() {}
}
