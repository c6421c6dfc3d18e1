import DraftCore
import PuffleAPI

/// A value too big to compare on every frame, with the revision that names its version: the
/// view reads the value, the render cache compares the names. The cache keeps only the name
/// (`forKey`): a kept copy of an editor's text would make the next keystroke copy all of it.
struct Named<Value>: Equatable {
    let revision: Int
    /// Boxed, so that an input with several named values copies a pointer for each, not every
    /// array and dictionary a buffer or a session holds.
    private let kept: Box?

    private final class Box {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    init(value: Value, revision: Int) {
        self.revision = revision
        kept = Box(value)
    }

    private init(revision: Int) {
        self.revision = revision
        kept = nil
    }

    /// The value; only an input as built, never one kept by the cache, is drawn from.
    var value: Value { kept!.value }

    /// The name alone, for the cache to keep.
    var forKey: Named { Named(revision: revision) }

    static func == (a: Named, b: Named) -> Bool { a.revision == b.revision }
}

/// Everything a reading pane's content is made from (the transcript's messages, the skeleton,
/// the chosen example or earlier draft): built from the state in one place, it is all that
/// `PaneContent` reads, and what the render cache compares. A field the content needs is a
/// field here, or the content cannot see it.
struct ReadingPane: Equatable {
    let pane: Pane
    var session: Named<Session>
    /// The find, when it is in this pane.
    var find: Named<FindState>?
    var legend: DiffLegend
    /// A chat turn on its way (the transcript).
    var pending: PendingTurn?
    /// The skeleton restored from its history and not saved yet, and the earlier one looked at.
    var staged: JSONValue?
    var browse: Int?
    /// The example or earlier draft chosen, and how it is shown.
    var selected = 0
    var example: ExampleInput?
    var showsDiff = false
    /// The draft's subject and body, where a diff or a rendering is made from them.
    var subject: Named<TextBuffer>?
    var body: Named<TextBuffer>?
    /// The transcript's wrapped messages, kept between frames: a cache, not an input.
    @NotCompared var messageRows: BlockMemo?

    /// What the chosen example is shown with: its problems, its lead and the values a rendering
    /// fills in, the campaign's signature, the spelling that marks it, and each example's mark and
    /// lead in the list.
    struct ExampleInput: Equatable {
        var problems: [[CopyFinding]]
        /// The list's rows (examples by index, one per lead) and the chosen row.
        var order: [Int]
        var row: Int
        /// The chosen example's earlier versions (same lead), newest first.
        var earlier: [Int]
        /// How many versions each row's lead has (1 until `R` makes another).
        var versions: [Int]
        /// Each example's lead (the same array while nothing it is found from changes).
        var leads: [Lead?]
        var lead: Lead?
        /// The values the diff and the rendering fill in (nil while the example itself is shown).
        var filled: Lead?
        var signature: String?
        var view: ExampleView
        var spelling: Named<SpellState>
    }

    // `borrowing`: an initializer owns its arguments, so the caller would copy the whole state.
    init?(_ pane: Pane, state: borrowing AppState) {
        guard let session = state.base, !pane.isTextField else { return nil }
        self.pane = pane
        self.session = Named(value: session, revision: state.baseRevision)
        if let find = state.find, find.pane == pane { self.find = Named(value: find, revision: state.findRevision) }
        legend = state.diffLegend
        switch pane {
        case .transcript:
            pending = state.pendingTurn
            messageRows = state.messageRows
        case .skeleton:
            staged = state.hasStagedSkeleton ? state.stagedSkeleton : nil
            browse = state.skeletonBrowse
        case .examples:
            selected = state.chosenExample ?? 0
            let leads = state.leadsOfExamples
            let lead = leads.indices.contains(selected) ? leads[selected] : nil
            example = ExampleInput(
                problems: state.problemsOfExamples, order: state.exampleOrder, row: state.selectedExample,
                earlier: state.earlierVersions(of: selected),
                versions: state.exampleOrder.map { state.earlierVersions(of: $0).count + 1 }, leads: leads,
                lead: lead, filled: state.exampleView == .example ? nil : lead.map { state.valuesForRendering($0) },
                signature: state.campaign?.campaign?.signature,
                view: state.exampleView, spelling: Named(value: state.spelling, revision: state.spelling.revision))
            if state.exampleView != .example { draft(state) }
        case .history:
            selected = state.selectedHistory
            showsDiff = state.historyShowsDiff
            if showsDiff { draft(state) }
        case .title, .subject, .body:
            return nil
        }
    }

    private mutating func draft(_ state: AppState) {
        subject = state.editors[.subject].map { Named(value: $0, revision: $0.revision) }
        body = state.editors[.body].map { Named(value: $0, revision: $0.revision) }
    }

    /// Whether it holds a value the app edits in place (the draft's editors in a diff view, the
    /// spelling of the examples, the find): the cache must keep only their names, or the next edit
    /// would copy them.
    var holdsEditedValues: Bool { subject != nil || body != nil || example != nil || find != nil }

    /// The input as the render cache keeps it: names, not values.
    var forKey: ReadingPane {
        var key = self
        key.session = session.forKey
        key.find = find?.forKey
        key.subject = subject?.forKey
        key.body = body?.forKey
        if let spelling = example?.spelling { key.example?.spelling = spelling.forKey }
        key.messageRows = nil
        return key
    }

    /// The draft's subject and body as typed.
    var subjectText: String { subject?.value.text ?? "" }
    var bodyText: String { body?.value.text ?? "" }
}
