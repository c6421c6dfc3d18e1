import DraftCore
import Synchronization

/// Wrapped blocks of a reading pane kept between frames and keystrokes, so scrolling the
/// transcript a row wraps no message again, in the update or in the view. Made for one width and
/// one version of the content; a change of either starts it afresh, so it only ever gives what
/// wrapping now would. The state carries it (copies share it) as a cache, not as state: nothing
/// reads it but the function it stands in for. `marks` names the find marked on the rows (0 for none).
public final class BlockMemo: Sendable {
    private struct Storage {
        var made: (width: Int, revision: Int, marks: Int)?
        var blocks: [Int: [StyledLine]] = [:]
    }

    private let storage = Mutex(Storage())

    /// An empty memo; blocks are wrapped as they come on screen.
    public init() {}

    func lines(width: Int, revision: Int, marks: Int, block: Int, _ make: () -> [StyledLine]) -> [StyledLine] {
        if let lines = storage.withLock({ storage -> [StyledLine]? in
            if storage.made.map({ $0 != (width, revision, marks) }) ?? true || storage.blocks.count > 4096 {
                storage.blocks = [:]
                storage.made = (width, revision, marks)
            }
            return storage.blocks[block]
        }) {
            return lines
        }
        let lines = make()
        storage.withLock { if let made = $0.made, made == (width, revision, marks) { $0.blocks[block] = lines } }
        return lines
    }
}
