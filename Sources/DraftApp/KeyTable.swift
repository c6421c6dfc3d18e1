import DraftCore

/// What a key does, independent of which key it is.
public enum Command: Equatable, Sendable {
    case nextPane, previousPane, focus(Pane)
    case help, closeOverlay, reload, repaint, quit
    case scrollUp, scrollDown, pageUp, pageDown, scrollHome, scrollEnd
    case selectPrevious, selectNext
    case openSelected
}

/// Where a binding applies.
public enum KeyContext: Equatable, Sendable {
    case global
    case panes([Pane])
    case help
    case picker

    /// The heading the help overlay files the binding under.
    public var heading: String {
        switch self {
        case .global: "Anywhere"
        case .panes(let panes): panes.map(\.label).joined(separator: ", ")
        case .help: "Help"
        case .picker: "Session list"
        }
    }
}

public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let context: KeyContext
    public let command: Command
    public let summary: String
    /// Shown in the footer when its context is active.
    public let hint: Bool
}

/// The one key table (lazygit's idea): dispatch, the footer hints and the help overlay all read
/// it, so they cannot disagree.
public enum KeyTable {
    static let scrollPanes: [Pane] = [.body, .transcript, .skeleton]
    static let listPanes: [Pane] = [.examples, .history]

    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.tab], context: .global, command: .nextPane, summary: "next pane", hint: true),
        KeyBinding(keys: [.backTab], context: .global, command: .previousPane, summary: "previous pane", hint: false),
    ] + Pane.allCases.map { pane in
        KeyBinding(keys: [.alt(Character(String(pane.rawValue)))], context: .global, command: .focus(pane),
                   summary: "focus \(pane.label)", hint: false)
    } + [
        KeyBinding(keys: [.control("r")], context: .global, command: .reload, summary: "reload from the server", hint: false),
        KeyBinding(keys: [.control("l")], context: .global, command: .repaint, summary: "repaint the screen", hint: false),
        KeyBinding(keys: [.function(1), .control("g")], context: .global, command: .help, summary: "help: every key", hint: true),
        KeyBinding(keys: [.control("q")], context: .global, command: .quit, summary: "quit", hint: true),

        KeyBinding(keys: [.up], context: .panes(scrollPanes), command: .scrollUp, summary: "scroll up", hint: false),
        KeyBinding(keys: [.down], context: .panes(scrollPanes), command: .scrollDown, summary: "scroll down", hint: true),
        KeyBinding(keys: [.pageUp], context: .panes(scrollPanes + listPanes), command: .pageUp, summary: "page up", hint: false),
        KeyBinding(keys: [.pageDown], context: .panes(scrollPanes + listPanes), command: .pageDown, summary: "page down", hint: true),
        KeyBinding(keys: [.home], context: .panes(scrollPanes), command: .scrollHome, summary: "to the start", hint: false),
        KeyBinding(keys: [.end], context: .panes(scrollPanes), command: .scrollEnd, summary: "to the end", hint: false),
        KeyBinding(keys: [.up], context: .panes(listPanes), command: .selectPrevious, summary: "previous item", hint: false),
        KeyBinding(keys: [.down], context: .panes(listPanes), command: .selectNext, summary: "next item", hint: true),

        KeyBinding(keys: [.escape, .function(1), .control("g")], context: .help, command: .closeOverlay, summary: "close help", hint: true),
        KeyBinding(keys: [.up], context: .help, command: .scrollUp, summary: "scroll up", hint: false),
        KeyBinding(keys: [.down], context: .help, command: .scrollDown, summary: "scroll down", hint: true),
        KeyBinding(keys: [.pageUp], context: .help, command: .pageUp, summary: "page up", hint: false),
        KeyBinding(keys: [.pageDown], context: .help, command: .pageDown, summary: "page down", hint: false),

        KeyBinding(keys: [.up], context: .picker, command: .selectPrevious, summary: "previous session", hint: false),
        KeyBinding(keys: [.down], context: .picker, command: .selectNext, summary: "next session", hint: true),
        KeyBinding(keys: [.enter], context: .picker, command: .openSelected, summary: "open the session", hint: true),
        KeyBinding(keys: [.control("r")], context: .picker, command: .reload, summary: "refresh the list", hint: true),
        KeyBinding(keys: [.control("q"), .escape], context: .picker, command: .quit, summary: "quit", hint: true),
    ]

    /// The contexts active in a state, most specific first.
    static func contexts(for state: AppState) -> [KeyContext] {
        if state.picker != nil && state.base == nil { return [.picker] }
        if case .help = state.overlay { return [.help] }
        return [.panes([state.focus]), .global]
    }

    static func applies(_ context: KeyContext, to active: KeyContext) -> Bool {
        switch (context, active) {
        case (.global, .global), (.help, .help), (.picker, .picker): true
        case (.panes(let panes), .panes(let focused)): focused.allSatisfy(panes.contains)
        default: false
        }
    }

    public static func command(for key: Key, in state: AppState) -> Command? {
        for active in contexts(for: state) {
            if let binding = bindings.first(where: { applies($0.context, to: active) && $0.keys.contains(key) }) {
                return binding.command
            }
        }
        return nil
    }

    /// The footer's hints for the state, most specific first.
    public static func hints(for state: AppState) -> [KeyBinding] {
        contexts(for: state).flatMap { active in bindings.filter { $0.hint && applies($0.context, to: active) } }
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
