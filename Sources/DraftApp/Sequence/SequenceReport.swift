import DraftCore
import PuffleAPI

/// A finding across two emails of the sequence: they share a subject, an opening sentence or
/// another sentence. The later email is the one that repeats, and the one Enter opens.
public struct RepeatedText: Equatable, Sendable {
    /// What the two share.
    public enum Kind: Equatable, Sendable {
        case subject, opening, sentence
    }

    /// What is shared.
    public let kind: Kind
    /// The earlier email's place, from 1.
    public let first: Int
    /// The later email's place, from 1.
    public let second: Int
    /// The text as the later email writes it.
    public let text: String
    /// Where it starts in the later email's body (nil for a subject).
    public let start: TextPosition?
    /// `emails 1 and 3: same first sentence "Teams like yours…"`: made once, drawn every frame.
    public let sentence: String

    init(kind: Kind, first: Int, second: Int, text: String, start: TextPosition?) {
        self.kind = kind
        self.first = first
        self.second = second
        self.text = text
        self.start = start
        let what =
            switch kind {
            case .subject: "same subject"
            case .opening: "same first sentence"
            case .sentence: "same sentence"
            }
        sentence = "emails \(first) and \(second): \(what) \u{201C}\(RepeatedText.quoteStart(text))\u{201D}"
    }

    /// The first words of a text, for a quote that fits a line.
    static func quoteStart(_ text: String, words limit: Int = 8) -> String {
        let words = StyledText.singleLine(text).split(separator: " ")
        return words.prefix(limit).joined(separator: " ") + (words.count > limit ? "…" : "")
    }
}

/// What the sequence review finds over the whole sequence and roster: a pure function of the
/// emails, the leads read and the senders, so tests drive it directly.
public struct SequenceReport: Equatable, Sendable {
    /// The emails in order.
    public let emails: [SequenceEmail]
    /// The variables some lead or sender lacks.
    public let coverage: [VariableCoverage]
    /// The texts one email repeats from another.
    public let repeats: [RepeatedText]
    /// Each email's figures and copy findings, in the order of `emails`.
    public let figures: [EmailFigures]
    /// The campaign's signature, line by line, as it follows every email.
    public let signatureLines: [Substring]

    /// The checks over a sequence: the campaign's signature counts for the variables but not
    /// for repeats (it closes every email by design).
    public init(
        emails: [SequenceEmail], signature: String?, prospects: [Prospect], senders: [SenderAccount],
        context: CopyContext
    ) {
        self.emails = emails
        signatureLines = signature.map { $0.split(separator: "\n", omittingEmptySubsequences: false) } ?? []
        let texts = emails.flatMap { [$0.subject, $0.body] } + [signature ?? ""]
        coverage = VariableCoverage.report(texts: texts, prospects: prospects, senders: senders)
        repeats = SequenceReport.repeats(in: emails)
        let checks = context.with(kind: .email)
        figures = emails.map { EmailFigures($0, context: checks) }
    }

    /// Whether nothing across the emails and the roster needs a look.
    public var isClean: Bool { coverage.isEmpty && repeats.isEmpty }

    /// Subjects, openings and sentences an email shares with an earlier one, pair by pair.
    static func repeats(in emails: [SequenceEmail]) -> [RepeatedText] {
        let sentences = emails.map { SequenceSentence.sentences(in: $0.body).filter(\.counts) }
        let subjects = emails.map { $0.node.hasSubject ? SequenceSentence.normalize($0.subject[...]) : "" }
        var found: [RepeatedText] = []
        for second in emails.indices {
            for first in 0..<second {
                let pair = (first: emails[first].place, second: emails[second].place)
                if !subjects[second].isEmpty && subjects[first] == subjects[second] {
                    found.append(
                        RepeatedText(
                            kind: .subject, first: pair.first, second: pair.second, text: emails[second].subject,
                            start: nil))
                }
                let earlier = Set(sentences[first].map(\.normalized))
                var opening = sentences[first].first?.normalized
                for sentence in sentences[second] where earlier.contains(sentence.normalized) {
                    let isOpening = sentence == sentences[second].first && sentence.normalized == opening
                    found.append(
                        RepeatedText(
                            kind: isOpening ? .opening : .sentence, first: pair.first, second: pair.second,
                            text: sentence.text, start: sentence.start))
                    if isOpening { opening = nil }
                }
            }
        }
        return found
    }
}

/// What the review shows beside an email: its words, its subject's length, and what the copy
/// checks (the one rule list the editor uses) find in it as a template that will be sent.
public struct EmailFigures: Equatable, Sendable {
    /// Words in the body.
    public let words: Int
    /// Characters in the subject; nil for a message, which has none.
    public let subjectCharacters: Int?
    /// The copy findings, subject first (a message has no subject to check).
    public let findings: [CopyFinding]
    /// "54 words · subject 41 characters · 2 checks: em-dash, long sentence": made once with the
    /// report, drawn on every frame that shows the email.
    public let summary: String

    init(_ email: SequenceEmail, context: CopyContext) {
        let report = CopyChecks.report(subject: email.subject, body: email.body, context: context)
        words = report.bodyWords
        let hasSubject = email.node.hasSubject
        subjectCharacters = hasSubject ? email.subject.count : nil
        findings = report.all.filter { hasSubject || $0.field != .subject }
        var parts = ["\(words) word\(words == 1 ? "" : "s")"]
        if let subjectCharacters { parts.append("subject \(subjectCharacters) characters") }
        if !findings.isEmpty {
            var names: [String] = []
            for finding in findings where !names.contains(finding.rule.rawValue) { names.append(finding.rule.rawValue) }
            parts.append("\(findings.count) check\(findings.count == 1 ? "" : "s"): " + names.joined(separator: ", "))
        }
        summary = parts.joined(separator: " · ")
    }
}
