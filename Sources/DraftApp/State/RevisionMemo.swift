import Synchronization

/// One value computed from the state, kept for the revisions it was computed at: asking again
/// at the same revisions gives it back, a new revision of any computes it afresh. The state
/// carries it (copies share it) as a cache, not as state, for values the view asks for on every
/// frame that draws them: whether the campaign has the draft, the examples' problems.
final class RevisionMemo<Value: Sendable>: Sendable {
    /// Up to four revisions, inline: asked on every frame, a key allocates nothing.
    struct Revisions: Equatable, Sendable {
        var a = 0, b = 0, c = 0, d = 0
    }

    private let storage = Mutex<(revisions: Revisions, value: Value)?>(nil)

    func value(at revisions: Revisions, _ make: () -> Value) -> Value {
        if let kept = storage.withLock({ kept in kept.flatMap { $0.revisions == revisions ? $0.value : nil } }) {
            return kept
        }
        let value = make()
        storage.withLock { $0 = (revisions, value) }
        return value
    }
}
