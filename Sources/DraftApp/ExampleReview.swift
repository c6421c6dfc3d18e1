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

    public var reason: String {
        switch self {
        case .unresolved(let names): "unresolved \(names.joined(separator: " "))"
        case .leftoverInstruction: "leftover &&…&& instruction"
        case .emDash: "em-dash (—)"
        case .emptySubject: "empty subject"
        case .emptyBody: "empty body"
        case .longSubject(let count): "subject is \(count) characters (over \(ExampleReview.longestSubject))"
        case .identical(let other): "identical to example \(other)"
        }
    }
}

public enum ExampleReview {
    public static let longestSubject = 80
    /// What surrounds a variable's name: `%name%`, `{{ name }}`.
    private static let variableMarks = CharacterSet(charactersIn: "%{} ")

    /// The problems of every example, in order.
    public static func problems(_ examples: [GeneratedExample], filledAtSend: Set<String> = []) -> [[ExampleProblem]] {
        examples.indices.map { problems(at: $0, in: examples, filledAtSend: filledAtSend) }
    }

    /// The problems of one example (the others are needed only to spot duplicates). Variables in
    /// `filledAtSend` (the campaign's sender) are Puffle's to fill when the email goes out.
    public static func problems(at index: Int, in examples: [GeneratedExample], filledAtSend: Set<String> = []) -> [ExampleProblem] {
        let example = examples[index]
        let subject = example.subject ?? "", body = example.body ?? ""
        var problems: [ExampleProblem] = []
        var unresolved: [String] = []
        for name in TemplateHighlighter.variables(in: subject + "\n" + body)
            where !unresolved.contains(name) && !filledAtSend.contains(name.trimmingCharacters(in: variableMarks)) { unresolved.append(name) }
        if !unresolved.isEmpty { problems.append(.unresolved(unresolved)) }
        if TemplateHighlighter.hasFillRegion(subject) || TemplateHighlighter.hasFillRegion(body) { problems.append(.leftoverInstruction) }
        if subject.contains("—") || body.contains("—") { problems.append(.emDash) }
        if subject.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append(.emptySubject) }
        if body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append(.emptyBody) }
        if subject.count > longestSubject { problems.append(.longSubject(subject.count)) }
        if let twin = examples.indices.first(where: { $0 != index && examples[$0].subject == example.subject && examples[$0].body == example.body }) {
            problems.append(.identical(toExample: twin + 1))
        }
        return problems
    }

    /// The lead an example was written for: one whose id matches, else the one in the same place
    /// (examples come back in the order the leads were sent).
    public static func lead(for example: GeneratedExample, at index: Int, in leads: [Lead]) -> Lead? {
        if let id = example.leadID, let match = leads.first(where: { $0.fields["id"] == id || $0.fields["lead_id"] == id }) { return match }
        return leads.indices.contains(index) ? leads[index] : nil
    }
}
