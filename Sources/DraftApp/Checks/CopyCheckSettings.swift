import DraftCore

/// The copy checks as the user set them up: on or off (`checks = false` keeps the counts in the
/// titles but drops the marks and the walk), the thresholds, and the trigger phrases with the
/// user's file applied. Read once at start.
public struct CopyCheckSettings: Equatable, Sendable {
    /// Whether findings are marked in the text and F8 walks them.
    public var marks = true
    /// The limits, from the config file or their defaults.
    public var thresholds = CopyThresholds()
    /// The shipped trigger phrases with the user's `trigger-words` file applied.
    public var triggers = TriggerPhrases.shipped

    /// The defaults: on, with the shipped thresholds and phrases.
    public init() {}
}
