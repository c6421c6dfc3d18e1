import DraftCore
import Synchronization

/// Wrapped blocks of a reading pane kept between frames and keystrokes, so scrolling the
/// transcript a row wraps no message again, in the update or in the view. Made for one width and
/// one version of the content; a change of either starts it afresh, so it only ever gives what
/// wrapping now would. The state carries it (copies share it) as a cache, not as state: nothing
/// reads it but the function it stands in for.
public final class BlockMemo: Sendable {
    private struct Storage {
        var made: (width: Int, revision: Int)?
        var blocks: [Int: [StyledLine]] = [:]
    }

    private let storage = Mutex(Storage())

    public init() {}

    func lines(width: Int, revision: Int, block: Int, _ make: () -> [StyledLine]) -> [StyledLine] {
        if let lines = storage.withLock({ storage -> [StyledLine]? in
            if storage.made?.width != width || storage.made?.revision != revision || storage.blocks.count > 4096 {
                storage.blocks = [:]
                storage.made = (width, revision)
            }
            return storage.blocks[block]
        }) { return lines }
        let lines = make()
        storage.withLock { if $0.made?.width == width && $0.made?.revision == revision { $0.blocks[block] = lines } }
        return lines
    }
}
