import Synchronization

/// One value computed from the state, kept for the revisions it was computed at: asking again
/// at the same revisions gives it back, a new revision of any computes it afresh. The state
/// carries it (copies share it) as a cache, not as state, for values the view asks for on every
/// frame that draws them: whether the campaign has the draft, the examples' problems.
final class RevisionMemo<Value: Sendable>: Sendable {
    private let storage = Mutex<(revisions: [Int], value: Value)?>(nil)

    func value(at revisions: [Int], _ make: () -> Value) -> Value {
        if let kept = storage.withLock({ $0 }), kept.revisions == revisions { return kept.value }
        let value = make()
        storage.withLock { $0 = (revisions, value) }
        return value
    }
}
