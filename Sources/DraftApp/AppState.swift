import DraftCore
import PuffleAPI

/// The whole app as a value. Nothing here is derived by hand: "modified" comes from comparing
/// the edited session with the base, busy from the base's task_status.
public struct AppState: Sendable {
    public var sessionID: String?
    /// The session as last loaded from the server.
    public var base: Session?
    /// The base plus the user's edits.
    public var edited: Session?
    public var picker: PickerState?

    public var width: Int
    public var height: Int
    public var focus: Pane = .body
    /// Most recently focused first: decides which pane a tab group shows.
    public var recentPanes: [Pane] = [.body, .transcript, .skeleton, .title, .subject, .examples, .history]
    /// Absent means the pane's natural position: the end for the transcript, the top elsewhere.
    public var scroll: [Pane: ScrollAnchor] = [:]
    public var detailScroll: [Pane: ScrollAnchor] = [:]
    public var selectedExample = 0
    public var selectedHistory = 0

    public var overlay: Overlay?
    public var status: StatusMessage?
    public var spinnerFrame = 0
    public var poll = PollState()
    public var loadingMessage: String?

    public init(sessionID: String?, width: Int, height: Int) {
        self.sessionID = sessionID
        self.width = width
        self.height = height
        loadingMessage = sessionID.map { "Loading session \($0.prefix(8))…" }
    }

    public var isDirty: Bool {
        guard let base, let edited else { return false }
        return base != edited && SessionPatch.body(from: base, to: edited) != nil
    }

    public var taskStatus: TaskStatus? { base?.taskStatus }

    mutating func focus(_ pane: Pane) {
        focus = pane
        recentPanes.removeAll { $0 == pane }
        recentPanes.insert(pane, at: 0)
    }
}

public enum Overlay: Equatable, Sendable {
    case help(scroll: Int)
}

public struct StatusMessage: Equatable, Sendable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

/// Polling runs only while a task runs; errors stretch the interval so a failing server is not
/// hammered.
public struct PollState: Equatable, Sendable {
    public static let interval = 2.5
    public static let longestInterval = 30.0

    public var inFlight = false
    public var scheduled = false
    public var consecutiveErrors = 0

    public var nextDelay: Double {
        min(PollState.longestInterval, PollState.interval * Double(1 << min(consecutiveErrors, 4)))
    }
}

/// The `--campaign` list of sessions.
public struct PickerState: Equatable, Sendable {
    public var campaignID: String
    public var sessions: [Session]? = nil
    public var selected = 0
    public var error: String? = nil

    public init(campaignID: String) { self.campaignID = campaignID }
}
