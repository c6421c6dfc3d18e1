import DraftCore

/// What a key does, independent of which key it is.
public enum Command: Equatable, Sendable {
    case nextPane, previousPane, focus(Pane)
    case help, closeOverlay, reload, repaint, quit, save
    case edit(EditCommand)
    case scrollUp, scrollDown, pageUp, pageDown, scrollHome, scrollEnd
    case selectPrevious, selectNext
    case openSelected
    case cycleExampleView, toggleHistoryDiff, restoreSelected, browseSkeletons, leaveSkeletonHistory, unstageSkeleton
    case sendMessage, generateExamples(firstBatch: Bool)
    case newSession, deleteSelected
    /// Ctrl-C: the selection, or in a reading pane the chosen item.
    case copy
    case find, findNext, findPrevious, replace
    /// Esc in a pane: the selection and the find's marks go.
    case clearMarks
    /// The campaign: Ctrl-P puts the saved draft on its email, Ctrl-O goes back to its list,
    /// Alt-L chooses the sample leads from its roster.
    case applyToCampaign, backToList, chooseLeads
    /// In the lead chooser: Space, `/`, Enter.
    case toggleLead, filterLeads, keepLeads
    /// F7 / Ctrl-T: the next misspelled word and its suggestions.
    case nextMisspelling
    /// F8 / Alt-K: the next copy finding in Subject and Body.
    case nextCopyFinding
    /// `f` in Examples: the chosen example's findings as a message to the AI.
    case copyFeedback
    /// `s` in Examples: most findings first, or as generated.
    case sortExamples
    /// `R` in Examples: the chosen lead's example made again (asks first).
    case regenerateExample
    /// Alt-S (or `s` in a list): the sequence review; Esc or Ctrl-O leaves it.
    case openSequence, leaveSequence
    /// `[` and `]` in the sequence review: the lead the emails are filled for; `/` finds one.
    case previousLead, nextLead, findLead
    /// `/` in the campaigns: only those whose name holds the text.
    case filterCampaigns
}

/// What a key does to the text of the focused field.
public enum EditCommand: Equatable, Sendable {
    case move(Motion), select(Motion), selectAll
    case backspace, deleteForward, deleteWordBackward, deleteWordForward, newline, nextField, undo, redo, external
    case cut, cutLine, paste
}

/// Where a cursor move goes; with Shift, the selection goes along.
public enum Motion: Equatable, Sendable, CaseIterable {
    case left, right, up, down, wordLeft, wordRight, lineStart, lineEnd, pageUp, pageDown, start, end
}

/// Where a binding applies.
public enum KeyContext: Hashable, Sendable {
    case global
    /// An open session, whatever pane has the focus: its campaign's keys, hinted after the
    /// global ones, so Ctrl-P shows even at 80 columns.
    case session
    case panes([Pane])
    case help
    case picker
    case skeletonHistory
    case leadChooser
    /// The user's campaigns, the start without an id.
    case campaigns
    /// Alt-S: the sequence review.
    case sequence

    /// The heading the help overlay files the binding under.
    public var heading: String {
        switch self {
        case .global: "Anywhere"
        case .session: "In a session (its campaign)"
        case .panes(let panes): panes.map(\.label).joined(separator: ", ")
        case .help: "Help and diffs"
        case .picker: "Session list"
        case .skeletonHistory: "5 Skeleton, earlier versions"
        case .leadChooser: "Choosing sample leads (Alt-L)"
        case .campaigns: "Campaigns"
        case .sequence: "Sequence review (Alt-S)"
        }
    }
}

/// One row of the key table: the keys, where they work, what they do and how help says it.
public struct KeyBinding: Sendable {
    /// The keys that run the command; the first is the one hints show.
    public let keys: [Key]
    /// Where the keys work: a pane, a layer, or anywhere.
    public let context: KeyContext
    /// What the keys do.
    public let command: Command
    /// The line F1 and the README show for the row.
    public let summary: String
    /// The footer's short form, when the binding is worth a hint there.
    public let hint: String?

    init(keys: [Key], context: KeyContext, command: Command, summary: String, hint: String? = nil) {
        self.keys = keys
        self.context = context
        self.command = command
        self.summary = summary
        self.hint = hint
    }
}
