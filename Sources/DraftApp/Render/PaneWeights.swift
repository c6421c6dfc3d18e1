import PuffleAPI

/// How many lines the right column's panes would fill, counted once when the session changes:
/// the three-column layout shares the column's height by them, so a long skeleton is not held
/// to a third of the screen while a history of one version leaves its third empty.
public struct PaneWeights: Equatable, Sendable {
    /// Lines of the skeleton, formatted.
    public var skeleton: Int
    /// Lines of the longest example, with its notes.
    public var examples: Int
    /// Lines of the version list and the longest version.
    public var history: Int

    /// Even shares, before a session is read.
    public static let even = PaneWeights(skeleton: 1, examples: 1, history: 1)

    /// The weights of a session's contents.
    public init(session: Session) {
        func lines(_ text: String?) -> Int { (text ?? "").reduce(1) { $1 == "\n" ? $0 + 1 : $0 } }
        skeleton = session.skeleton.map { lines(JSONWriter.string($0, pretty: true)) } ?? 2
        let longestExample = session.generatedExamples.map { lines($0.body) + 2 }.max()
        examples = longestExample.map { $0 + 4 } ?? 2
        let versions = session.draftHistory
        let longestVersion = versions.compactMap { $0["body"]?.stringValue }.map(lines).max() ?? 0
        history = versions.isEmpty ? 2 : versions.count + longestVersion + 3
    }

    init(skeleton: Int, examples: Int, history: Int) {
        self.skeleton = skeleton
        self.examples = examples
        self.history = history
    }

    /// Heights for the three panes (frames included) that fill `available` rows: each pane its
    /// natural height and a third of the rest while they all fit; else shares by weight (none
    /// counted past half the column, none under `minimum`).
    func heights(available: Int, minimum: Int = 6) -> [Int] {
        let natural = [skeleton, examples, history].map { max(minimum, min(available / 2, $0 + 2)) }
        let spare = available - natural.reduce(0, +)
        if spare >= 0 {
            return [natural[0] + spare / 3, natural[1] + spare / 3, natural[2] + spare - 2 * (spare / 3)]
        }
        let total = max(1, natural.reduce(0, +))
        var heights = natural.map { max(minimum, available * $0 / total) }
        // Rounding and minimums: the last pane takes what is left, the others give back if it is short.
        while heights.reduce(0, +) > available, let largest = heights.indices.max(by: { heights[$0] < heights[$1] }),
            heights[largest] > minimum
        {
            heights[largest] -= 1
        }
        heights[2] = available - heights[0] - heights[1]
        return heights
    }
}
