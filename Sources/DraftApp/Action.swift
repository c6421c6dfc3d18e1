import DraftCore
import PuffleAPI

/// Everything that can happen to the app: input, answers from the server, timers. The update
/// function turns each into a new state and a list of effects.
public enum Action: Sendable {
    case input(InputEvent)
    case sessionLoaded(Result<Session, APIError>, LoadReason)
    case sessionsListed(Result<[Session], APIError>)
    case pollDue
    case spinnerTick
    /// SIGHUP, SIGTERM or the terminal went away: leave now, keeping what can be kept.
    case hangUp
}

/// Why a session is being fetched, which decides what a failure means.
public enum LoadReason: Equatable, Sendable {
    /// The first load: failures end the program with a clear line and an exit status.
    case open
    /// Ctrl-R.
    case reload
    /// While a task runs.
    case poll
}

/// Work for the shell to do; results come back as actions. Effects are values so tests can
/// assert on them without running anything.
public enum Effect: Equatable, Sendable {
    case fetchSession(id: String, reason: LoadReason)
    case listSessions(campaignID: String)
    /// Replaces any poll already scheduled.
    case schedulePoll(afterSeconds: Double)
    case cancelPoll
    case spinner(running: Bool)
    /// Forget what the terminal shows and draw everything again (Ctrl-L).
    case repaintAll
    /// Restore the terminal, print `message` (if any) on stderr and exit.
    case exit(status: Int32, message: String?)
}
