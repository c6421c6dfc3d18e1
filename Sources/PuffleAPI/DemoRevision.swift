import Foundation

/// How the demo's stand-in LLM answers the simple requests a user tries first: shorter, longer,
/// friendlier, more formal, a new subject, "mention X", "drop the P.S.". Each is a plain edit of
/// the draft, deterministic so tests can rely on it, and the instruction itself never lands in
/// the draft. A request it cannot follow leaves the draft as it is and says so in the reply.
struct DemoRevision: Equatable {
    var subject: String
    var body: String
    /// What the assistant says it did, one sentence a change.
    private(set) var notes: [String] = []

    init(subject: String, body: String) {
        self.subject = subject
        self.body = body
    }

    static let unknownRequest =
        "In the demo I can make the draft shorter or longer, friendlier or more formal, give it a new "
        + "subject, mention something, or drop the P.S.; I could not tell which of these you meant, "
        + "so the draft is unchanged."

    /// The draft after every request the instruction makes that the demo knows, in a fixed order.
    mutating func apply(_ instruction: String) {
        let asked = instruction.lowercased()
        func says(_ words: String...) -> Bool { words.contains { asked.contains($0) } }
        if says("shorter", "shorten", "concise", "trim", "tighter", "under ") {
            shorten(toWords: Self.wordLimit(in: asked))
        }
        if says("longer", "expand", "more detail", "elaborate") { lengthen() }
        if says("friendlier", "friendly", "warmer", "casual") { befriend() }
        if says("formal", "professional") { formalise() }
        if says("subject") { newSubject() }
        if says("p.s", "ps ", "postscript"), says("drop", "remove", "delete", "without", "no ") { dropPostscript() }
        if let topic = Self.mentioned(in: instruction) { mention(topic) }
    }

    /// Paragraphs, split on blank lines.
    private var paragraphs: [String] {
        get { body.components(separatedBy: "\n\n") }
        set { body = newValue.joined(separator: "\n\n") }
    }

    static func words(_ text: String) -> Int { text.split(whereSeparator: { $0.isWhitespace }).count }

    /// "under 50 words" → 50.
    private static func wordLimit(in asked: String) -> Int? {
        guard let under = asked.range(of: "under ") else { return nil }
        return Int(asked[under.upperBound...].prefix { $0.isNumber })
    }

    /// The greeting (first paragraph), the `&&` hook, the sign-off (last) and the point of each
    /// paragraph stay; sentences, then trailing clauses, go from the longest middle paragraphs until
    /// the body is a third shorter and under the limit, or nothing more can go.
    private mutating func shorten(toWords limit: Int?) {
        let before = Self.words(body)
        // "Shorter, under 50": a third shorter, and under the limit too.
        let target = min(limit ?? .max, max(1, before * 2 / 3))
        var parts = paragraphs
        while Self.words(parts.joined(separator: " ")) > target {
            let middle = parts.indices.dropFirst().dropLast().filter { !parts[$0].contains("&&") }
            guard let longest = middle.max(by: { Self.words(parts[$0]) < Self.words(parts[$1]) }) else { break }
            let sentences = Self.sentences(parts[longest])
            if sentences.count > 1 {
                parts[longest] = sentences.dropLast().joined(separator: " ")
            } else if let comma = parts[longest].range(of: ", ", options: .backwards) {
                // One sentence: its last clause goes, the point it makes stays.
                parts[longest] = String(parts[longest][..<comma.lowerBound]) + "."
            } else if middle.count > 2 {
                parts.remove(at: longest)
            } else {
                break
            }
        }
        paragraphs = parts
        let after = Self.words(body)
        notes.append(
            after < before
                ? "Shorter: \(before) words became \(after)."
                : "I could not make it shorter without losing the greeting, the hook or the ask.")
    }

    private static func sentences(_ paragraph: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in paragraph {
            current.append(character)
            if ".?!".contains(character) {
                result.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            }
        }
        let rest = current.trimmingCharacters(in: .whitespaces)
        if !rest.isEmpty { result.append(rest) }
        return result
    }

    private mutating func lengthen() {
        var parts = paragraphs
        let proof = "Most teams see the difference in their first month, without retraining anyone."
        parts.insert(proof, at: max(1, parts.count - 2))
        paragraphs = parts
        notes.append("Longer: I added a line of proof before the ask.")
    }

    private mutating func befriend() {
        body = body.replacingOccurrences(of: "Dear ", with: "Hi ").replacingOccurrences(of: "Hello ", with: "Hi ")
        var parts = paragraphs
        if parts.count > 2, !body.contains("Hope your week") {
            parts.insert("Hope your week is off to a good start.", at: 1)
        }
        paragraphs = parts
        notes.append("Friendlier: a warmer opening line.")
    }

    private mutating func formalise() {
        for (casual, formal) in [
            ("Hi ", "Hello "), ("Hey ", "Hello "), ("don't", "do not"), ("it's", "it is"),
            ("we're", "we are"), ("you're", "you are"), ("!", ".")
        ] {
            body = body.replacingOccurrences(of: casual, with: formal)
        }
        paragraphs = paragraphs.filter { $0 != "Hope your week is off to a good start." }
        notes.append("More formal: a plain greeting and no contractions.")
    }

    private mutating func newSubject() {
        let options = [
            "%first_name%, 6 hours back each week?", "An idea for %company%'s route planning",
            "Quick question, %first_name%"
        ]
        subject = options.first { $0 != subject } ?? options[0]
        notes.append("New subject: “\(subject)”.")
    }

    private mutating func dropPostscript() {
        let kept = paragraphs.filter { !$0.hasPrefix("P.S.") && !$0.hasPrefix("PS ") }
        guard kept.count < paragraphs.count else {
            notes.append("There is no P.S. to drop.")
            return
        }
        paragraphs = kept
        notes.append("Dropped the P.S.")
    }

    /// "mention our free trial" → "our free trial"; nil without such a request.
    private static func mentioned(in instruction: String) -> String? {
        for verb in ["mention ", "include ", "add "] {
            guard let found = instruction.range(of: verb, options: .caseInsensitive) else { continue }
            let topic = instruction[found.upperBound...].prefix { !".,;!?\n".contains($0) }
                .trimmingCharacters(in: .whitespaces)
            let words = topic.split(separator: " ")
            let vague = ["a ", "an ", "the p.s", "line", "sentence"].contains { topic.lowercased().hasPrefix($0) }
            guard !topic.isEmpty, words.count <= 8, !vague else { continue }
            return topic
        }
        return nil
    }

    private mutating func mention(_ topic: String) {
        var parts = paragraphs
        parts.insert("It might help to know about \(topic).", at: max(1, parts.count - 2))
        paragraphs = parts
        notes.append("I mentioned \(topic) before the ask.")
    }
}
