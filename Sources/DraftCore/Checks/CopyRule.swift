/// The copy checks, as one table: every rule a draft, an example or an email of the sequence is
/// held to, with its name, why a copywriter cares, and the threshold it is measured against.
/// The editor, the examples and the sequence review all read this list; there is no other.
public enum CopyRule: String, CaseIterable, Sendable {
    case bodyWords = "body length"
    case subjectCharacters = "subject length"
    case subjectWords = "subject words"
    case links = "links"
    case shortener = "link shortener"
    case exclamations = "exclamation marks"
    case exclamationRun = "!! run"
    case shouting = "ALL CAPS"
    case trigger = "trigger phrase"
    case longSentence = "long sentence"
    case readingGrade = "reading grade"
    case doubleSignature = "signed twice"
    case emDash = "em-dash"
    case hiddenCharacter = "hidden character"
    case unresolved = "unresolved variable"
    case leftoverInstruction = "leftover instruction"
    case emptySubject = "empty subject"
    case emptyBody = "empty body"
    case identical = "identical example"
    case misspelled = "misspelled"

    /// The rule's name, as the footer and the README give it.
    public var name: String { rawValue }

    /// Why the rule exists, in one line.
    public var why: String {
        switch self {
        case .bodyWords: "replies fall off when a cold email is much shorter or longer"
        case .subjectCharacters: "a phone cuts a longer subject"
        case .subjectWords: "a short subject reads at a glance"
        case .links: "links in a first touch look like marketing to filters and readers"
        case .shortener: "shortened links hide where they go; spam filters distrust them"
        case .exclamations: "exclamation marks read as hype"
        case .exclamationRun: "a run of !! reads as shouting"
        case .shouting: "capitals read as shouting and trip spam filters"
        case .trigger: "spam filters and readers react to this phrase"
        case .longSentence: "long sentences lose a reader skimming on a phone"
        case .readingGrade: "plain words and short sentences get more replies"
        case .doubleSignature: "the campaign appends a signature that names the sender too"
        case .emDash: "the em-dash is a tell of AI-written text"
        case .hiddenCharacter: "an invisible character splits or turns words: filters take it for a trick to dodge them"
        case .unresolved: "the lead would see the variable itself"
        case .leftoverInstruction: "an &&…&& instruction for the AI was left in"
        case .emptySubject: "an email needs a subject"
        case .emptyBody: "an email needs a body"
        case .identical: "two leads would get the same email"
        case .misspelled: "the spelling checker does not know the word"
        }
    }

    /// The threshold in words ("50–125 words", "at most 1"), or nil for a rule without one.
    public func threshold(_ limits: CopyThresholds) -> String? {
        switch self {
        case .bodyWords: "\(limits.bodyWords.lowerBound)–\(limits.bodyWords.upperBound) words"
        case .subjectCharacters: "at most \(limits.subjectCharacters) characters"
        case .subjectWords: "at most \(limits.subjectWords) words"
        case .links: "at most \(limits.links)"
        case .exclamations: "at most \(limits.exclamations)"
        case .longSentence: "at most \(limits.sentenceWords) words"
        case .readingGrade: "grade \(limits.readingGrade) or lower"
        default: nil
        }
    }

    /// The config key that sets the threshold, if the rule has one.
    public var configKey: String? {
        switch self {
        case .bodyWords: "body_words"
        case .subjectCharacters: "subject_chars"
        case .subjectWords: "subject_words"
        case .links: "links"
        case .exclamations: "exclamations"
        case .longSentence: "sentence_words"
        case .readingGrade: "reading_grade"
        default: nil
        }
    }
}

/// The field of an email a finding is in.
public enum CopyField: Sendable, Hashable {
    case subject
    case body
}

/// One thing a copy check found: the rule, where (a range of the field's text, or nil when it
/// concerns the whole field, like its length), and what was found ("64 characters", "“act now”").
public struct CopyFinding: Equatable, Sendable {
    /// The rule that found it.
    public var rule: CopyRule
    /// The field it is in.
    public var field: CopyField
    /// The text it concerns, in the field's lines; nil for the field as a whole.
    public var range: Range<TextPosition>?
    /// What was found, in a few words.
    public var detail: String

    /// A finding from its parts.
    public init(_ rule: CopyRule, _ field: CopyField, _ range: Range<TextPosition>?, _ detail: String) {
        self.rule = rule
        self.field = field
        self.range = range
        self.detail = detail
    }

    /// Whether `a` comes before `b` in reading order; findings that start and end together in
    /// the order of the rule list, so however the text was checked (whole, by paragraph, in
    /// pieces) they are listed alike. A finding about a whole field comes first.
    public static func inReadingOrder(_ a: CopyFinding, _ b: CopyFinding) -> Bool {
        let none = TextPosition.start..<TextPosition.start
        let x = a.range ?? none, y = b.range ?? none
        if x.lowerBound != y.lowerBound { return x.lowerBound < y.lowerBound }
        if x.upperBound != y.upperBound { return x.upperBound < y.upperBound }
        return CopyRule.allCases.firstIndex(of: a.rule)! < CopyRule.allCases.firstIndex(of: b.rule)!
    }

    /// The finding in plain words: what, the rule's threshold and where it is set, and why.
    public func sentence(_ limits: CopyThresholds) -> String {
        let limit = rule.threshold(limits).map { [$0 + (rule.configKey.map { " (\($0))" } ?? "")] } ?? []
        return (["\(rule.name): \(detail)"] + limit + [rule.why]).joined(separator: " · ")
    }
}
