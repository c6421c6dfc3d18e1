import DraftCore
import PuffleAPI

/// Checks the generated examples for what a copywriter would not send: the copy checks' rule
/// list run on each example as an email (`CopyContext.Kind.example`), plus what only a set of
/// examples can show (two that are the same) and what the spelling checker knows.
public enum ExampleReview {
    /// What the check knows besides the examples: the copy context (with the variables Puffle
    /// fills when sending), the spelling checker's verdicts, each example's lead, whose own name
    /// and company are never misspellings, and the words of the session's own draft and skeleton,
    /// which are not misspellings in an example either.
    public struct Context {
        /// The copy checks' context, of the example kind.
        public var copy: CopyContext
        /// The spelling that marks misspelled words, when spelling is on.
        public var spelling: SpellState?
        /// Each example's lead, to tell an unfilled variable from a lead without the value.
        public var leads: [Lead?] = []
        /// Words the session's draft and skeleton already use.
        public var sessionWords: Set<String> = []

        /// A context from its parts.
        public init(
            copy: CopyContext = CopyContext(kind: .example(filledAtSend: [])), spelling: SpellState? = nil,
            leads: [Lead?] = [], sessionWords: Set<String> = []
        ) {
            self.copy = copy
            self.spelling = spelling
            self.leads = leads
            self.sessionWords = sessionWords
        }
    }

    /// The findings of every example, in order.
    public static func problems(_ examples: [GeneratedExample], context: Context = Context()) -> [[CopyFinding]] {
        examples.indices.map { problems(at: $0, in: examples, context: context) }
    }

    /// The findings of one example (the others are needed only to spot duplicates).
    public static func problems(at index: Int, in examples: [GeneratedExample], context: Context = Context())
        -> [CopyFinding]
    {
        let example = examples[index]
        let subject = example.subject ?? "", body = example.body ?? ""
        var found = CopyChecks.report(subject: subject, body: body, context: context.copy).all
        if let spelling = context.spelling {
            let lead = context.leads.indices.contains(index) ? context.leads[index] : nil
            found += misspellings(subject: subject, body: body, spelling: spelling, lead: lead, context: context)
        }
        if let twin = examples.indices.first(where: {
            $0 != index && examples[$0].subject == example.subject && examples[$0].body == example.body
        }) {
            found.append(CopyFinding(.identical, .body, nil, "the same as example \(twin + 1)"))
        }
        return found
    }

    /// The misspelled words of an example, each once where it first appears, leaving out the
    /// lead's own values and the words the session's draft and skeleton use.
    static func misspellings(
        subject: String, body: String, spelling: SpellState, lead: Lead?, context: Context
    ) -> [CopyFinding] {
        let values = lead.map { Array($0.fields.values) + Array($0.customFields.values) } ?? []
        let leadWords = Set(values.flatMap(words(in:)))
        var seen = Set<String>()
        var found: [CopyFinding] = []
        for (field, text) in [(CopyField.subject, subject), (.body, body)] {
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let bytes = Array(line.utf8)
                for range in spelling.misspelledRanges(in: line) {
                    let word = String(decoding: bytes[range], as: UTF8.self)
                    guard !leadWords.contains(word), !context.sessionWords.contains(word), seen.insert(word).inserted
                    else { continue }
                    let span =
                        TextPosition(
                            line: index, offset: range.lowerBound)..<TextPosition(line: index, offset: range.upperBound)
                    found.append(CopyFinding(.misspelled, field, span, "“\(word)”"))
                }
            }
        }
        return found
    }

    /// The words the review found misspelled, in order: what F7 walks and the marks show in an
    /// example (its findings quote each word, “so”).
    static func misspelledWords(in findings: [CopyFinding]) -> [String] {
        findings.filter { $0.rule == .misspelled }.map { String($0.detail.dropFirst().dropLast()) }
    }

    /// The words of a text as the spelling checker splits them.
    static func words(in text: String) -> [String] {
        let bytes = Array(text.utf8)
        return SpellWords.ranges(in: text[...]).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    /// The lead an example was written for: one whose id matches, else the one in the same place
    /// (examples come back in the order the leads were sent).
    public static func lead(for example: GeneratedExample, at index: Int, in leads: [Lead]) -> Lead? {
        if let id = example.leadID,
            let match = leads.first(where: { $0.fields["id"] == id || $0.fields["lead_id"] == id })
        {
            return match
        }
        return leads.indices.contains(index) ? leads[index] : nil
    }
}

extension CopyFinding {
    /// The finding in a few words for a list or a note: "subject length: 64 characters".
    public var summary: String { "\(rule.name): \(detail)" }
}
