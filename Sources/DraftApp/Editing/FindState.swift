import DraftCore

/// A find in one pane (Ctrl-F): what is looked for, the match that is current and the count the
/// prompt shows. It outlives the prompt, so F3 goes on and the matches stay marked until Esc.
public struct FindState: Equatable, Sendable {
    /// The pane searched.
    public var pane: Pane
    /// What is looked for, and how.
    public var search: TextSearch
    /// The match the cursor is on, shown in its own style; nil before Enter.
    public var current: FindMatch?
    /// The matches of each block of a reading pane (a message, a section), counted when the
    /// query or the session changed: what turns a match into "3/12".
    var blockCounts: [Int] = []
    /// The matches of a text field, in order.
    var textMatches: [Range<TextPosition>] = []
    /// Set when the last step went round the end of the pane.
    public var wrapped = false

    init(pane: Pane, search: TextSearch) {
        self.pane = pane
        self.search = search
    }

    /// How many matches the pane holds, for the "3 of 12" count.
    public var total: Int { pane.isTextField ? textMatches.count : blockCounts.reduce(0, +) }

    /// The current match's place among all, from 1; 0 when there is none.
    public var number: Int {
        switch current {
        case .text(let range)?: (textMatches.firstIndex(of: range) ?? -1) + 1
        case .block(let block, let ordinal)?: blockCounts.prefix(block).reduce(0, +) + ordinal + 1
        case nil: 0
        }
    }

    /// What the prompt says after the query: "3/12", "no match".
    public var summary: String {
        guard total > 0 else { return "no match" }
        return "\(number)/\(total)" + (wrapped ? " (wrapped)" : "")
    }
}

/// Where a match is: in a text field's lines, or in a reading pane's block.
public enum FindMatch: Equatable, Sendable {
    /// In a text field: the matched text.
    case text(Range<TextPosition>)
    /// In a reading pane: a block and which of its matches, counted from 0.
    case block(Int, ordinal: Int)
}

/// Where a find starts looking: the cursor in a text field, the top of the view elsewhere.
public enum FindOrigin: Equatable, Sendable {
    case text(TextPosition)
    case view(ScrollAnchor)
}

extension Pane {
    /// Title, Subject and Body: the panes a find moves the cursor in and a replace works in.
    public var isTextField: Bool { Pane.textPanes.contains(self) }
}
