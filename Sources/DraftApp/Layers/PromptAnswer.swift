/// What an answer to a prompt means, apart from the key that gives it (lazygit's menu items):
/// the update dispatches on this, and the footer, a click on an answer and the key all reach
/// the same one through `Prompt.answers`.
public enum PromptAnswer: Equatable, Sendable {
    /// Esc, `c`, or a "cancel" answer: nothing happens, and any save-then step is dropped.
    case cancel
    /// Save, then what was asked for on the way (quit, the turn, the apply, back to the list).
    case save(then: AfterSave)
    case quitKeepingCopy
    case restoreEdits
    case startFromServer
    case saveAnyway
    case keepMine
    case takeTheirs
    case showDiff
    case restoreSkeleton
    case send
    /// `n` to a question that costs money or cannot be undone: the prompt and its diff close, nothing said.
    case dismiss
    case sendWithoutEdits
    case generate
    case delete
    case replaceThis
    case skipThis
    case replaceRest
    case stopReplacing
    case apply
    case keepForLater
    /// A spelling suggestion, counted from 0.
    case suggestion(Int)
    case addWord
    case ignoreWord
    /// F8 while a copy finding is shown: the next one.
    case nextFinding
    /// `f` while a copy finding is shown: the draft's findings as a message to the AI.
    case feedback
    /// Start the session of an email that has none (from the sequence review).
    case startSession
}

/// One answer as the footer shows it: the key, what it does, and what it means to the update.
public struct PromptChoice: Equatable, Sendable {
    /// The key that gives the answer.
    public let key: Character
    /// What the footer says the key does; shortened, never cut, on a narrow screen.
    public let label: String
    /// What the key does.
    public let answer: PromptAnswer

    init(_ key: Character, _ label: String, _ answer: PromptAnswer) {
        self.key = key
        self.label = label
        self.answer = answer
    }
}
