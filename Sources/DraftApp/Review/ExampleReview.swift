import Foundation
import DraftCore
import PuffleAPI

/// What can be wrong with a generated example, checked the way Puffle's own judge would:
/// the reasons a copywriter reviews examples lead by lead.
public enum ExampleProblem: Equatable, Sendable {
    case unresolved([String])
    case leftoverInstruction
    case emDash
    case emptySubject
    case emptyBody
    case longSubject(Int)
    case identical(toExample: Int)
    case misspelled([String])

    /// The problem in words for the Examples pane.
    public var reason: String {
        switch self {
        case .unresolved(let names): "unresolved \(names.joined(separator: " "))"
        case .leftoverInstruction: "leftover &&…&& instruction"
        case .emDash: "em-dash (—)"
        case .emptySubject: "empty subject"
        case .emptyBody: "empty body"
        case .longSubject(let count): "subject is \(count) characters (over \(ExampleReview.longestSubject))"
        case .identical(let other): "identical to example \(other)"
        case .misspelled(let words): "misspelled: \(words.joined(separator: ", "))"
        }
    }
}

/// Checks the generated examples for what a copywriter would not send.
public enum ExampleReview {
    /// A subject longer than this is flagged: phones cut it.
    public static let longestSubject = 80
    /// What surrounds a variable's name: `%name%`, `{{ name }}`.
    private static let variableMarks: Set<Character> = ["%", "{", "}", " "]

    /// What the check knows besides the examples: the variables Puffle fills at send time (the
    /// campaign's sender), the spelling checker's verdicts, and each example's lead, whose own
    /// name and company are never misspellings.
    public struct Context {
        /// Variables Puffle fills when sending, which an example may leave as they are.
        public var filledAtSend: Set<String> = []
        /// The spelling that marks misspelled words, when spelling is on.
        public var spelling: SpellState?
        /// Each example's lead, to tell an unfilled variable from a lead without the value.
        public var leads: [Lead?] = []

        /// A context from its parts.
        public init(filledAtSend: Set<String> = [], spelling: SpellState? = nil, leads: [Lead?] = []) {
            self.filledAtSend = filledAtSend
            self.spelling = spelling
            self.leads = leads
        }
    }

    /// The problems of every example, in order.
    public static func problems(_ examples: [GeneratedExample], context: Context = Context()) -> [[ExampleProblem]] {
        examples.indices.map { problems(at: $0, in: examples, context: context) }
    }

    /// The problems of one example (the others are needed only to spot duplicates).
    public static func problems(at index: Int, in examples: [GeneratedExample], context: Context = Context())
        -> [ExampleProblem]
    {
        let filledAtSend = context.filledAtSend
        let example = examples[index]
        let subject = example.subject ?? "", body = example.body ?? ""
        var problems: [ExampleProblem] = []
        var unresolved: [String] = []
        for name in TemplateHighlighter.variables(in: subject + "\n" + body) where !unresolved.contains(name) {
            if !filledAtSend.contains(String(name.trimmed(while: variableMarks.contains))) { unresolved.append(name) }
        }
        if !unresolved.isEmpty { problems.append(.unresolved(unresolved)) }
        if TemplateHighlighter.hasFillRegion(subject) || TemplateHighlighter.hasFillRegion(body) {
            problems.append(.leftoverInstruction)
        }
        if subject.contains("—" as Character) || body.contains("—" as Character) { problems.append(.emDash) }
        if subject.trimmed.isEmpty { problems.append(.emptySubject) }
        if body.trimmed.isEmpty { problems.append(.emptyBody) }
        if subject.count > longestSubject { problems.append(.longSubject(subject.count)) }
        if let spelling = context.spelling {
            let lead = context.leads.indices.contains(index) ? context.leads[index] : nil
            let words = misspellings(in: subject + "\n" + body, spelling: spelling, lead: lead)
            if !words.isEmpty { problems.append(.misspelled(words)) }
        }
        if let twin = examples.indices.first(where: {
            $0 != index && examples[$0].subject == example.subject && examples[$0].body == example.body
        }) {
            problems.append(.identical(toExample: twin + 1))
        }
        return problems
    }

    /// The misspelled words of a text, each once, leaving out words of the lead's own values.
    static func misspellings(in text: String, spelling: SpellState, lead: Lead?) -> [String] {
        let values = lead.map { Array($0.fields.values) + Array($0.customFields.values) } ?? []
        let leadWords = Set(
            values.flatMap { value in
                SpellWords.ranges(in: value[...]).map { String(decoding: Array(value.utf8)[$0], as: UTF8.self) }
            })
        var words: [String] = []
        for line in text.split(separator: "\n") {
            let bytes = Array(line.utf8)
            for range in spelling.misspelledRanges(in: line) {
                let word = String(decoding: bytes[range], as: UTF8.self)
                if !leadWords.contains(word) && !words.contains(word) { words.append(word) }
            }
        }
        return words
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
