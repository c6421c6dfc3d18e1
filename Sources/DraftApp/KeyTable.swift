import DraftCore

/// What a key does, independent of which key it is.
public enum Command: Equatable, Sendable {
    case nextPane, previousPane, focus(Pane)
    case help, closeOverlay, reload, repaint, quit, save
    case edit(EditCommand)
    case scrollUp, scrollDown, pageUp, pageDown, scrollHome, scrollEnd
    case selectPrevious, selectNext
    case openSelected
    case cycleExampleView, toggleHistoryDiff, restoreSelected, browseSkeletons, leaveSkeletonHistory, unstageSkeleton
    case sendMessage, generateExamples(firstBatch: Bool)
    case newSession, deleteSelected
}

/// What a key does to the text of the focused field.
public enum EditCommand: Equatable, Sendable {
    case left, right, up, down, wordLeft, wordRight, lineStart, lineEnd, pageUp, pageDown, start, end
    case backspace, deleteForward, newline, nextField, undo, redo, external
}

/// Where a binding applies.
public enum KeyContext: Equatable, Sendable {
    case global
    case panes([Pane])
    case help
    case picker
    case skeletonHistory

    /// The heading the help overlay files the binding under.
    public var heading: String {
        switch self {
        case .global: "Anywhere"
        case .panes(let panes): panes.map(\.label).joined(separator: ", ")
        case .help: "Help and diffs"
        case .picker: "Session list"
        case .skeletonHistory: "5 Skeleton, earlier versions"
        }
    }
}

public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let context: KeyContext
    public let command: Command
    public let summary: String
    /// The footer's short form, when the binding is worth a hint there.
    public let hint: String?

    init(keys: [Key], context: KeyContext, command: Command, summary: String, hint: String? = nil) {
        self.keys = keys
        self.context = context
        self.command = command
        self.summary = summary
        self.hint = hint
    }
}

/// The one key table (lazygit's idea): dispatch, the footer hints and the help overlay all read
/// it, so they cannot disagree.
public enum KeyTable {
    static let scrollPanes: [Pane] = [.transcript, .skeleton]
    static let textPanes = Pane.textPanes
    /// Where single-line editing keys work: the fields and the transcript's composer line.
    static let composerPanes = Pane.textPanes + [.transcript]
    static let listPanes: [Pane] = [.examples, .history]

    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.control("s")], context: .global, command: .save, summary: "save: send only the changed fields", hint: "save"),
        KeyBinding(keys: [.function(1), .control("g")], context: .global, command: .help, summary: "help: every key", hint: "help"),
        KeyBinding(keys: [.control("q")], context: .global, command: .quit, summary: "quit", hint: "quit"),
        KeyBinding(keys: [.tab], context: .global, command: .nextPane, summary: "next pane", hint: "next pane"),
        KeyBinding(keys: [.backTab], context: .global, command: .previousPane, summary: "previous pane"),
    ] + Pane.allCases.map { pane in
        KeyBinding(keys: [.alt(Character(String(pane.rawValue)))], context: .global, command: .focus(pane),
                   summary: "focus \(pane.label)")
    } + [
        KeyBinding(keys: [.control("r")], context: .global, command: .reload, summary: "reload from the server"),
        KeyBinding(keys: [.control("l")], context: .global, command: .repaint, summary: "repaint the screen"),

        KeyBinding(keys: [.enter], context: .panes([.title, .subject]), command: .edit(.nextField), summary: "next field"),
        KeyBinding(keys: [.enter], context: .panes([.body]), command: .edit(.newline), summary: "new line"),
        KeyBinding(keys: [.control("e")], context: .panes(textPanes), command: .edit(.external), summary: "edit in $VISUAL / $EDITOR", hint: "editor"),
        KeyBinding(keys: [.control("z")], context: .panes(composerPanes), command: .edit(.undo), summary: "undo", hint: "undo"),
        KeyBinding(keys: [.control("y")], context: .panes(composerPanes), command: .edit(.redo), summary: "redo"),
        KeyBinding(keys: [.backspace], context: .panes(composerPanes), command: .edit(.backspace), summary: "delete backwards"),
        KeyBinding(keys: [.delete], context: .panes(composerPanes), command: .edit(.deleteForward), summary: "delete forwards"),
        KeyBinding(keys: [.left], context: .panes(composerPanes), command: .edit(.left), summary: "previous character"),
        KeyBinding(keys: [.right], context: .panes(composerPanes), command: .edit(.right), summary: "next character"),
        KeyBinding(keys: [.up], context: .panes(textPanes), command: .edit(.up), summary: "row up"),
        KeyBinding(keys: [.down], context: .panes(textPanes), command: .edit(.down), summary: "row down"),
        KeyBinding(keys: [.controlLeft], context: .panes(composerPanes), command: .edit(.wordLeft), summary: "previous word"),
        KeyBinding(keys: [.controlRight], context: .panes(composerPanes), command: .edit(.wordRight), summary: "next word"),
        KeyBinding(keys: [.home], context: .panes(textPanes), command: .edit(.lineStart), summary: "start of the line"),
        KeyBinding(keys: [.end], context: .panes(textPanes), command: .edit(.lineEnd), summary: "end of the line"),
        KeyBinding(keys: [.pageUp], context: .panes(textPanes), command: .edit(.pageUp), summary: "page up"),
        KeyBinding(keys: [.pageDown], context: .panes(textPanes), command: .edit(.pageDown), summary: "page down"),
        KeyBinding(keys: [.controlHome], context: .panes(textPanes), command: .edit(.start), summary: "start of the field"),
        KeyBinding(keys: [.controlEnd], context: .panes(textPanes), command: .edit(.end), summary: "end of the field"),

        KeyBinding(keys: [.up], context: .panes(scrollPanes), command: .scrollUp, summary: "scroll up"),
        KeyBinding(keys: [.down], context: .panes(scrollPanes), command: .scrollDown, summary: "scroll down", hint: "scroll"),
        KeyBinding(keys: [.pageUp], context: .panes(scrollPanes + listPanes), command: .pageUp, summary: "page up"),
        KeyBinding(keys: [.pageDown], context: .panes(scrollPanes + listPanes), command: .pageDown, summary: "page down", hint: "page"),
        KeyBinding(keys: [.home], context: .panes(scrollPanes), command: .scrollHome, summary: "to the start"),
        KeyBinding(keys: [.end], context: .panes(scrollPanes), command: .scrollEnd, summary: "to the end"),
        KeyBinding(keys: [.up], context: .panes(listPanes), command: .selectPrevious, summary: "previous item"),
        KeyBinding(keys: [.down], context: .panes(listPanes), command: .selectNext, summary: "next item", hint: "next item"),

        KeyBinding(keys: [.enter], context: .panes([.transcript]), command: .sendMessage,
                   summary: "send the composer line as a chat turn (asks first)", hint: "send"),
        KeyBinding(keys: [.character("g")], context: .panes([.examples]), command: .generateExamples(firstBatch: true),
                   summary: "generate examples for the sample leads, replacing these (asks first)", hint: "generate"),
        KeyBinding(keys: [.character("G")], context: .panes([.examples]), command: .generateExamples(firstBatch: false),
                   summary: "add examples for the sample leads that have none (asks first)"),
        KeyBinding(keys: [.character("v")], context: .panes([.examples]), command: .cycleExampleView,
                   summary: "show the example / its diff against the draft / the draft for its lead", hint: "view"),
        KeyBinding(keys: [.enter], context: .panes([.history]), command: .toggleHistoryDiff,
                   summary: "show the chosen draft's diff against the current draft", hint: "diff"),
        KeyBinding(keys: [.character("r")], context: .panes([.history]), command: .restoreSelected,
                   summary: "restore the chosen draft into the editor (unsaved until Ctrl-S)", hint: "restore"),
        KeyBinding(keys: [.enter], context: .panes([.skeleton]), command: .browseSkeletons, summary: "browse earlier skeletons", hint: "earlier"),
        KeyBinding(keys: [.control("z")], context: .panes([.skeleton]), command: .unstageSkeleton, summary: "undo a skeleton restore"),
        KeyBinding(keys: [.up], context: .skeletonHistory, command: .selectPrevious, summary: "newer skeleton"),
        KeyBinding(keys: [.down], context: .skeletonHistory, command: .selectNext, summary: "older skeleton", hint: "older"),
        KeyBinding(keys: [.pageUp], context: .skeletonHistory, command: .pageUp, summary: "page up"),
        KeyBinding(keys: [.pageDown], context: .skeletonHistory, command: .pageDown, summary: "page down"),
        KeyBinding(keys: [.character("r")], context: .skeletonHistory, command: .restoreSelected,
                   summary: "restore this skeleton (asks; unsaved until Ctrl-S)", hint: "restore"),
        KeyBinding(keys: [.enter, .escape], context: .skeletonHistory, command: .leaveSkeletonHistory,
                   summary: "back to the current skeleton", hint: "back"),

        KeyBinding(keys: [.escape, .function(1), .control("g")], context: .help, command: .closeOverlay, summary: "close", hint: "close"),
        KeyBinding(keys: [.up], context: .help, command: .scrollUp, summary: "scroll up"),
        KeyBinding(keys: [.down], context: .help, command: .scrollDown, summary: "scroll down", hint: "scroll"),
        KeyBinding(keys: [.pageUp], context: .help, command: .pageUp, summary: "page up"),
        KeyBinding(keys: [.pageDown], context: .help, command: .pageDown, summary: "page down"),

        KeyBinding(keys: [.up], context: .picker, command: .selectPrevious, summary: "previous session"),
        KeyBinding(keys: [.down], context: .picker, command: .selectNext, summary: "next session", hint: "next"),
        KeyBinding(keys: [.enter], context: .picker, command: .openSelected, summary: "open the session", hint: "open"),
        KeyBinding(keys: [.control("r")], context: .picker, command: .reload, summary: "refresh the list", hint: "refresh"),
        KeyBinding(keys: [.character("n")], context: .picker, command: .newSession, summary: "create a session (asks for its sequence node id)", hint: "new"),
        KeyBinding(keys: [.character("D")], context: .picker, command: .deleteSelected, summary: "delete the session (asks first)", hint: "delete"),
        KeyBinding(keys: [.control("q"), .escape], context: .picker, command: .quit, summary: "quit", hint: "quit"),
    ]

    /// The contexts active in a state, most specific first.
    static func contexts(for state: AppState) -> [KeyContext] {
        if state.overlay != nil && !(state.picker != nil && state.base == nil) { return [.help] }
        return contexts(beneathOverlayIn: state)
    }

    /// The contexts of the screen under any overlay: where the user was when they asked for help.
    static func contexts(beneathOverlayIn state: AppState) -> [KeyContext] {
        if state.picker != nil && state.base == nil { return [.picker] }
        if state.focus == .skeleton && state.skeletonBrowse != nil { return [.skeletonHistory, .global] }
        return [.panes([state.focus]), .global]
    }

    static func applies(_ context: KeyContext, to active: KeyContext) -> Bool {
        switch (context, active) {
        case (.global, .global), (.help, .help), (.picker, .picker), (.skeletonHistory, .skeletonHistory): true
        case (.panes(let panes), .panes(let focused)): focused.allSatisfy(panes.contains)
        default: false
        }
    }

    public static func command(for key: Key, in state: AppState) -> Command? {
        guard let candidates = bindingsByKey[key] else { return nil }
        for active in contexts(for: state) {
            if let index = candidates.first(where: { applies(bindings[$0].context, to: active) }) { return bindings[index].command }
        }
        return nil
    }

    /// The bindings of each key, in table order: a key press looks at its own few, not at all of them.
    private static let bindingsByKey: [Key: [Int]] = {
        var table: [Key: [Int]] = [:]
        for (index, binding) in bindings.enumerated() {
            for key in binding.keys { table[key, default: []].append(index) }
        }
        return table
    }()

    /// The footer's hints for the state: the ones that work anywhere first (save, help, quit),
    /// then those of the focused pane.
    public static func hints(for state: AppState) -> [KeyBinding] {
        contexts(for: state).reversed().flatMap { active in bindings.filter { $0.hint != nil && applies($0.context, to: active) } }
    }
}

extension KeyTable {
    /// The README's key list, so the documentation is generated from the same table as the
    /// help overlay (a test keeps README.md equal to this).
    public static func markdown() -> String {
        var lines = ["| key | where | action |", "|---|---|---|"]
        for binding in bindings {
            let keys = binding.keys.map { "`\($0.label)`" }.joined(separator: ", ")
            lines.append("| \(keys) | \(binding.context.heading) | \(binding.summary) |")
        }
        return lines.joined(separator: "\n")
    }
}
