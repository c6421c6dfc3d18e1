/// The limits the copy checks measure against, from the config file or their defaults.
public struct CopyThresholds: Equatable, Sendable {
    /// Words a body should have (`body_words = 50-125`).
    public var bodyWords: ClosedRange<Int> = 50...125
    /// Most characters in a subject (`subject_chars`).
    public var subjectCharacters = 50
    /// Most words in a subject (`subject_words`).
    public var subjectWords = 7
    /// Most links in a body (`links`).
    public var links = 1
    /// Most exclamation marks in an email (`exclamations`).
    public var exclamations = 1
    /// Most words in a sentence (`sentence_words`).
    public var sentenceWords = 25
    /// Highest Flesch–Kincaid grade (`reading_grade`).
    public var readingGrade = 8

    /// The defaults.
    public init() {}

    /// The config keys that set a threshold.
    public static let keys = [
        "body_words", "subject_chars", "subject_words", "links", "exclamations", "sentence_words", "reading_grade"
    ]

    /// Sets the threshold a config key names; returns a problem in words (and leaves the default)
    /// when the value is not one the key takes.
    public mutating func set(_ key: String, to value: String) -> String? {
        if key == "body_words" {
            let parts = value.split(separator: "-", omittingEmptySubsequences: false)
                .map { Int($0.trimmed) }
            guard parts.count == 2, let low = parts[0], let high = parts[1], low >= 0, low <= high else {
                return "body_words takes a range like 50-125, not `\(value)`; using \(bodyWords.lowerBound)-"
                    + "\(bodyWords.upperBound)"
            }
            bodyWords = low...high
            return nil
        }
        let paths: [String: WritableKeyPath<CopyThresholds, Int>] = [
            "subject_chars": \.subjectCharacters, "subject_words": \.subjectWords, "links": \.links,
            "exclamations": \.exclamations, "sentence_words": \.sentenceWords, "reading_grade": \.readingGrade
        ]
        guard let path = paths[key] else { return "\(key) is not a copy check threshold" }
        guard let number = Int(value.trimmed), number >= 0, number <= 100_000 else {
            return "\(key) takes a whole number, not `\(value)`; using \(self[keyPath: path])"
        }
        self[keyPath: path] = number
        return nil
    }
}
