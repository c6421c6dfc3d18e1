/// The app's timers (Bubble Tea's `tea.Tick`): the update asks for one with `Effect.after` and
/// drops it with `Effect.cancel`; the shell keeps one table of them and, when one is due, feeds
/// its action back. At most one timer of each kind: setting it again replaces it.
public enum TimerID: Int, Hashable, Sendable {
    /// The next check of a running task.
    case poll
    /// Writing the recovery journal, a second after typing.
    case journal
    /// The next frame of the busy spinner.
    case spinner
    /// The countdown to trying a failed save again.
    case saveRetry
    /// A footer message going away.
    case status
    /// Asking again for a page of the roster the sequence review could not read.
    case rosterRetry
}

/// The timers that are set: a bit a kind (there are few), so noting one at a keystroke hashes
/// and allocates nothing.
public struct TimerSet: Equatable, Sendable, ExpressibleByArrayLiteral {
    private var bits: UInt8 = 0

    /// The set of the timers listed.
    public init(arrayLiteral timers: TimerID...) {
        for timer in timers { insert(timer) }
    }

    /// Whether the timer is set.
    public func contains(_ timer: TimerID) -> Bool { bits & Self.bit(timer) != 0 }
    mutating func insert(_ timer: TimerID) { bits |= Self.bit(timer) }
    mutating func remove(_ timer: TimerID) { bits &= ~Self.bit(timer) }

    private static func bit(_ timer: TimerID) -> UInt8 { 1 << UInt8(timer.rawValue) }
}

/// Which timers are set, kept from the effects themselves in one place (`Update.apply`), so no
/// flag in the state can disagree with the shell's table.
enum Timers {
    /// ≤ 10 frames a second, as the budget says.
    static let spinnerInterval = 0.125

    /// The timer whose action this is, if a timer delivers it.
    static func firing(_ action: Action) -> TimerID? {
        switch action {
        case .pollDue: .poll
        case .journalDue: .journal
        case .spinnerTick: .spinner
        case .saveRetryTick, .saveRetryDue: .saveRetry
        case .statusExpired: .status
        case .rosterRetryDue: .rosterRetry
        default: nil
        }
    }

    /// Notes the timers the effects set and cancel.
    static func note(_ effects: [Effect], in timers: inout TimerSet) {
        for effect in effects {
            switch effect {
            case .after(_, _, let id): timers.insert(id)
            case .cancel(let id): timers.remove(id)
            default: break
            }
        }
    }

    /// How long a footer message stays: errors longer, as they may take the whole line.
    static func expiry(of status: StatusMessage) -> Effect {
        .after(seconds: status.isError ? 10 : 5, .statusExpired(status), id: .status)
    }
}
