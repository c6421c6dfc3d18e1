import DraftCore

/// The copy checks' findings as a chat message to the LLM: what is wrong, in plain words, with
/// the text quoted, and what to do. `f` writes it into the composer; the user reads it, edits
/// it, and sends it (or not) like any message.
enum CopyFeedback {
    /// The message for the findings of a text (`whose`: "the draft", "Lena Fischer's example").
    static func message(
        _ findings: [CopyFinding], whose: String, subject: String, body: String, limits: CopyThresholds
    ) -> String {
        var points: [String] = []
        var said = Set<CopyRule>()
        for finding in findings {
            // Too many links or exclamation marks is one point, however many are past the limit.
            if [.links, .exclamations].contains(finding.rule), !said.insert(finding.rule).inserted { continue }
            let point = self.point(finding, subject: subject, body: body, limits: limits)
            if !points.contains(point) { points.append(point) }
        }
        let ask =
            whose == "the draft"
            ? "Please revise the draft to fix these, keeping its variables and structure."
            : "Please write this lead's email again without these problems, and keep the draft's variables."
        return "In \(whose), " + points.joined(separator: "; ") + ". " + ask
    }

    /// One finding in plain words.
    static func point(_ finding: CopyFinding, subject: String, body: String, limits: CopyThresholds) -> String {
        let quoted = quote(finding, subject: subject, body: body)
        switch finding.rule {
        case .bodyWords:
            return
                "the body is \(finding.detail), outside \(limits.bodyWords.lowerBound)–\(limits.bodyWords.upperBound)"
        case .subjectCharacters: return "the subject is \(finding.detail), over \(limits.subjectCharacters)"
        case .subjectWords: return "the subject is \(finding.detail), over \(limits.subjectWords)"
        case .links: return "it has \(finding.detail), over \(limits.links)"
        case .shortener: return "\(finding.detail) is a shortened link, which spam filters distrust"
        case .exclamations: return "it has \(finding.detail), over \(limits.exclamations)"
        case .exclamationRun: return "\(finding.detail) reads as shouting"
        case .shouting: return "\(finding.detail) is in capitals and reads as shouting"
        case .trigger: return "\(finding.detail.prefix { $0 != "(" }.trimmed) reads as a spam trigger"
        case .longSentence: return "a sentence of \(finding.detail) (over \(limits.sentenceWords)): \(quoted)"
        case .readingGrade: return "it reads at \(finding.detail), over grade \(limits.readingGrade); use plainer words"
        case .doubleSignature: return "it signs off with the sender's name while the campaign's signature adds it again"
        case .emDash: return "it uses an em-dash (—)"
        case .hiddenCharacter: return "it hides an invisible character, \(finding.detail)"
        case .unresolved: return "\(finding.detail) is left as a variable"
        case .leftoverInstruction: return "an instruction was left in: \(finding.detail)"
        case .emptySubject: return "the subject is empty"
        case .emptyBody: return "the body is empty"
        case .identical: return "it is \(finding.detail)"
        case .misspelled: return "\(finding.detail) looks misspelled"
        }
    }

    /// The start of the text a finding covers, in quotes.
    private static func quote(_ finding: CopyFinding, subject: String, body: String) -> String {
        guard let range = finding.range else { return "" }
        let lines = (finding.field == .subject ? subject : body)
            .split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.indices.contains(range.lowerBound.line), lines.indices.contains(range.upperBound.line) else {
            return ""
        }
        var text = ""
        for index in range.lowerBound.line...range.upperBound.line {
            let line = lines[index]
            let lower = index == range.lowerBound.line ? range.lowerBound.offset : 0
            let upper = index == range.upperBound.line ? range.upperBound.offset : line.utf8.count
            guard lower <= upper, upper <= line.utf8.count else { return "" }
            text += (text.isEmpty ? "" : " ") + String(line).utf8Slice(lower..<upper)
        }
        let words = text.split(separator: " ")
        return "“" + words.prefix(8).joined(separator: " ") + (words.count > 8 ? " …" : "") + "”"
    }
}
