import DraftCore
import PuffleAPI

/// What the campaign adds to a session, derived from the state each time (nothing here is kept
/// by hand): the sequence context, the sample leads, the sender, and whether the campaign's
/// email already has the saved draft.
extension AppState {
    /// Sent with turns and example requests: `--sequence` if given, else built from the sequence.
    public var sequenceContext: SequenceContext? {
        if let sequenceFromFile { return sequenceFromFile }
        guard let campaign = campaign?.campaign, let node = base?.nodeID else { return nil }
        return SequenceContext(campaign: campaign, nodeID: node, sessions: self.campaign?.sessions ?? [])
    }

    /// The leads examples are generated for: `--leads` if given, else those chosen from the roster.
    public var sampleLeads: [Lead] {
        if !leads.isEmpty { return leads }
        return campaign?.roster.chosenProspects.map(\.lead) ?? []
    }

    /// The leads a chat turn shows the LLM.
    var turnLeads: [Lead] { Array(sampleLeads.prefix(Roster.turnLeads)) }

    /// The lead an example was written for: the roster's prospect its `lead_id` names, else one
    /// of the sample leads.
    func lead(for example: GeneratedExample, at index: Int) -> Lead? {
        if let id = example.leadID, let prospect = campaign?.roster.prospect(id: id) { return prospect.lead }
        return ExampleReview.lead(for: example, at: index, in: sampleLeads)
    }

    /// Variables Puffle fills when the email goes out: the sender's, when the campaign names one.
    var filledAtSend: Set<String> { Set((campaign?.senderVariables ?? [:]).keys) }

    /// The problems of each generated example, kept per version of what the check reads: the
    /// examples pane draws them on every frame that shows it.
    var problemsOfExamples: [[CopyFinding]] {
        exampleProblems.value(
            at: .init(a: baseRevision, b: spelling.revision, c: copyContext.revision, d: campaignRevision)
        ) {
            ExampleReview.problems(base?.generatedExamples ?? [], context: reviewContext)
        }
    }

    /// The lead of each generated example, kept per version of what it is found from: the
    /// examples pane lists them on every frame that shows it.
    var leadsOfExamples: [Lead?] {
        exampleLeads.value(at: .init(a: baseRevision, b: leadsRevision, c: campaignRevision)) {
            let examples = base?.generatedExamples ?? []
            return examples.indices.map { lead(for: examples[$0], at: $0) }
        }
    }

    /// What the example check needs besides the examples.
    var reviewContext: ExampleReview.Context {
        // The words of the saved draft and skeleton: a product name the session uses is no misspelling.
        let session = [base?.draftSubject ?? "", base?.draftBody ?? ""] + (base?.skeleton?.allStrings ?? [])
        return ExampleReview.Context(
            copy: copyContext.with(kind: .example(filledAtSend: filledAtSend)),
            spelling: spelling.enabled ? spelling : nil, leads: leadsOfExamples,
            sessionWords: Set(session.flatMap(ExampleReview.words(in:))))
    }

    /// A lead's values with the campaign's sender's: what a `%variable%` of the draft becomes.
    func valuesForRendering(_ lead: Lead) -> Lead {
        var lead = lead
        for (key, value) in campaign?.senderVariables ?? [:] where lead.fields[key] == nil { lead.fields[key] = value }
        return lead
    }

    /// The node this session drafts, once the campaign is read.
    var campaignNode: SequenceNode? { campaign?.place(of: base?.nodeID)?.node }

    /// The keys `PUT …/nodes/{id}` would change to put the saved draft on the campaign's email:
    /// subject and body for an email, the body alone for a message. Empty when they match.
    func nodeChanges(for node: SequenceNode) -> JSONObject {
        node.changes(toDraftOf: base)
    }

    /// Whether the campaign's email has the saved draft; nil while either is unknown. Asked by the
    /// header on every frame, so kept per version of the two (equal bodies compare in full).
    public var campaignMatchesDraft: Bool? {
        draftMatch.value(at: .init(a: baseRevision, b: campaignRevision)) {
            guard base != nil, let node = campaignNode else { return nil }
            return nodeChanges(for: node).isEmpty
        }
    }
}
