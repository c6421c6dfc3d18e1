import Synchronization
import DraftCore

/// The one key table (lazygit's idea): dispatch, the footer hints and the help overlay all read
/// it, so they cannot disagree.
public enum KeyTable {
    static let scrollPanes: [Pane] = [.transcript, .skeleton]
    static let textPanes = Pane.textPanes
    /// Where single-line editing keys work: the fields and the transcript's composer line.
    static let composerPanes = Pane.textPanes + [.transcript]
    static let listPanes: [Pane] = [.examples, .history]

    /// Every key binding: the one table that dispatch, F1, the hints and the README read.
    public static let bindings: [KeyBinding] =
        [
            KeyBinding(
                keys: [.control("s")], context: .global, command: .save, summary: "save: send only the changed fields",
                hint: "save"),
            KeyBinding(
                keys: [.function(1), .control("g")], context: .global, command: .help, summary: "help: every key",
                hint: "help"),
            KeyBinding(keys: [.control("q")], context: .global, command: .quit, summary: "quit", hint: "quit"),
            KeyBinding(keys: [.tab], context: .global, command: .nextPane, summary: "next pane", hint: "next pane"),
            KeyBinding(keys: [.backTab], context: .global, command: .previousPane, summary: "previous pane")
        ]
        + Pane.allCases.map { pane in
            KeyBinding(
                keys: [.alt(Character(String(pane.rawValue)))], context: .global, command: .focus(pane),
                summary: "focus \(pane.label)")
        } + [
            KeyBinding(keys: [.control("r")], context: .global, command: .reload, summary: "reload from the server"),
            KeyBinding(keys: [.control("l")], context: .global, command: .repaint, summary: "repaint the screen"),
            KeyBinding(
                keys: [.control("p")], context: .session, command: .applyToCampaign,
                summary: "apply the saved draft to the campaign's email (shows the diff, asks)", hint: "apply"),
            KeyBinding(
                keys: [.control("o")], context: .session, command: .backToList,
                summary: "back to the campaign's list of emails (asks about unsaved edits)"),
            KeyBinding(
                keys: [.alt("l")], context: .session, command: .chooseLeads,
                summary: "choose the sample leads from the campaign's roster"),

            KeyBinding(
                keys: [.enter], context: .panes([.title, .subject]), command: .edit(.nextField), summary: "next field"),
            KeyBinding(keys: [.enter], context: .panes([.body]), command: .edit(.newline), summary: "new line"),
            KeyBinding(
                keys: [.control("e")], context: .panes(textPanes), command: .edit(.external),
                summary: "edit in $VISUAL / $EDITOR", hint: "editor"),
            KeyBinding(
                keys: [.control("z")], context: .panes(composerPanes), command: .edit(.undo), summary: "undo",
                hint: "undo"),
            KeyBinding(keys: [.control("y")], context: .panes(composerPanes), command: .edit(.redo), summary: "redo"),
            KeyBinding(
                keys: [.backspace], context: .panes(composerPanes), command: .edit(.backspace),
                summary: "delete backwards (the selection, if any)"),
            KeyBinding(
                keys: [.delete], context: .panes(composerPanes), command: .edit(.deleteForward),
                summary: "delete forwards (the selection, if any)"),
            KeyBinding(
                keys: [.special(.backspace, .alt), .special(.backspace, .control)], context: .panes(composerPanes),
                command: .edit(.deleteWordBackward), summary: "delete the word before the cursor"),
            KeyBinding(
                keys: [.alt("d"), .special(.delete, .control)], context: .panes(composerPanes),
                command: .edit(.deleteWordForward),
                summary: "delete the word after the cursor")
        ] + motionBindings + [
            KeyBinding(
                keys: [.control("a")], context: .panes(composerPanes), command: .edit(.selectAll),
                summary: "select the whole field"),
            KeyBinding(
                keys: [.control("c")], context: .global, command: .copy,
                summary: "copy the selection (in a reading pane with none, the chosen item) to the clipboard"),
            KeyBinding(
                keys: [.control("x")], context: .panes(composerPanes), command: .edit(.cut),
                summary: "cut the selection (with none, the line)"),
            KeyBinding(
                keys: [.control("k")], context: .panes(composerPanes), command: .edit(.cutLine),
                summary: "cut the line (again: the next line joins it, as in nano)"),
            KeyBinding(
                keys: [.control("v"), .control("u")], context: .panes(composerPanes), command: .edit(.paste),
                summary: "paste what was last copied or cut"),
            KeyBinding(
                keys: [.control("f"), .control("w")], context: .global, command: .find, summary: "find in the pane",
                hint: "find"),
            KeyBinding(
                keys: [.function(3), .control("n")], context: .global, command: .findNext,
                summary: "next match of the last find"),
            KeyBinding(
                keys: [.function(3).shifted], context: .global, command: .findPrevious,
                summary: "previous match of the last find"),
            KeyBinding(
                keys: [.control("\\"), .alt("r")], context: .panes(textPanes), command: .replace,
                summary: "replace: asks what and with what, then y / n / a for each match"),
            KeyBinding(
                keys: [.function(7), .control("t")], context: .panes(composerPanes + [.examples]),
                command: .nextMisspelling,
                summary:
                    "the next misspelled word: a digit or Enter takes a suggestion, "
                    + "a adds it to your words, i ignores it"
            ),
            KeyBinding(
                keys: [.function(8), .alt("k")], context: .panes([.subject, .body]), command: .nextCopyFinding,
                summary: "the next copy finding: selected, the footer names the check, why and its threshold; "
                    + "f writes the findings to the AI", hint: "checks"),
            KeyBinding(
                keys: [.escape], context: .global, command: .clearMarks,
                summary: "drop the selection and the marks of the last find"),

            KeyBinding(keys: [.up], context: .panes(scrollPanes), command: .scrollUp, summary: "scroll up"),
            KeyBinding(
                keys: [.down], context: .panes(scrollPanes), command: .scrollDown, summary: "scroll down",
                hint: "scroll"),
            KeyBinding(keys: [.pageUp], context: .panes(scrollPanes + listPanes), command: .pageUp, summary: "page up"),
            KeyBinding(
                keys: [.pageDown], context: .panes(scrollPanes + listPanes), command: .pageDown, summary: "page down",
                hint: "page"),
            KeyBinding(keys: [.home], context: .panes(scrollPanes), command: .scrollHome, summary: "to the start"),
            KeyBinding(keys: [.end], context: .panes(scrollPanes), command: .scrollEnd, summary: "to the end"),
            KeyBinding(keys: [.up], context: .panes(listPanes), command: .selectPrevious, summary: "previous item"),
            KeyBinding(
                keys: [.down], context: .panes(listPanes), command: .selectNext, summary: "next item", hint: "next item"
            ),

            KeyBinding(
                keys: [.enter], context: .panes([.transcript]), command: .sendMessage,
                summary: "send the message as a chat turn (asks first)", hint: "send"),
            KeyBinding(
                keys: [.special(.enter, .alt), Key.enter.shifted], context: .panes([.transcript]),
                command: .edit(.newline),
                summary: "a new line in the message", hint: "new line"),
            KeyBinding(
                keys: [.character("g")], context: .panes([.examples]), command: .generateExamples(firstBatch: true),
                summary: "generate examples for the sample leads, replacing these (asks first)", hint: "generate"),
            KeyBinding(
                keys: [.character("G")], context: .panes([.examples]), command: .generateExamples(firstBatch: false),
                summary: "add examples for the sample leads that have none (asks first)"),
            KeyBinding(
                keys: [.character("f")], context: .panes([.examples]), command: .copyFeedback,
                summary: "write the chosen example's findings into the composer as a message (not sent)",
                hint: "feedback"),
            KeyBinding(
                keys: [.character("R")], context: .panes([.examples]), command: .regenerateExample,
                summary: "generate the chosen lead's example again (asks first; nothing is deleted)"),
            KeyBinding(
                keys: [.character("s")], context: .panes([.examples]), command: .sortExamples,
                summary: "list the examples with the most findings first, or as generated"),
            KeyBinding(
                keys: [.character("v")], context: .panes([.examples]), command: .cycleExampleView,
                summary: "show the example / its diff against the draft / the draft for its lead", hint: "view"),
            KeyBinding(
                keys: [.enter], context: .panes([.history]), command: .toggleHistoryDiff,
                summary: "show the chosen draft's diff against the current draft", hint: "diff"),
            KeyBinding(
                keys: [.character("r")], context: .panes([.history]), command: .restoreSelected,
                summary: "restore the chosen draft into the editor (unsaved until Ctrl-S)", hint: "restore"),
            KeyBinding(
                keys: [.enter], context: .panes([.skeleton]), command: .browseSkeletons,
                summary: "browse earlier skeletons", hint: "earlier"),
            KeyBinding(
                keys: [.control("z")], context: .panes([.skeleton]), command: .unstageSkeleton,
                summary: "undo a skeleton restore"),
            KeyBinding(keys: [.up], context: .skeletonHistory, command: .selectPrevious, summary: "newer skeleton"),
            KeyBinding(
                keys: [.down], context: .skeletonHistory, command: .selectNext, summary: "older skeleton", hint: "older"
            ),
            KeyBinding(keys: [.pageUp], context: .skeletonHistory, command: .pageUp, summary: "page up"),
            KeyBinding(keys: [.pageDown], context: .skeletonHistory, command: .pageDown, summary: "page down"),
            KeyBinding(
                keys: [.character("r")], context: .skeletonHistory, command: .restoreSelected,
                summary: "restore this skeleton (asks; unsaved until Ctrl-S)", hint: "restore"),
            KeyBinding(
                keys: [.enter, .escape], context: .skeletonHistory, command: .leaveSkeletonHistory,
                summary: "back to the current skeleton", hint: "back"),

            KeyBinding(
                keys: [.escape, .function(1), .control("g")], context: .help, command: .closeOverlay, summary: "close",
                hint: "close"),
            KeyBinding(keys: [.up], context: .help, command: .scrollUp, summary: "scroll up"),
            KeyBinding(keys: [.down], context: .help, command: .scrollDown, summary: "scroll down", hint: "scroll"),
            KeyBinding(keys: [.pageUp], context: .help, command: .pageUp, summary: "page up"),
            KeyBinding(keys: [.pageDown], context: .help, command: .pageDown, summary: "page down"),

            KeyBinding(keys: [.up], context: .leadChooser, command: .selectPrevious, summary: "previous lead"),
            KeyBinding(keys: [.down], context: .leadChooser, command: .selectNext, summary: "next lead"),
            KeyBinding(keys: [.pageUp], context: .leadChooser, command: .pageUp, summary: "page up"),
            KeyBinding(keys: [.pageDown], context: .leadChooser, command: .pageDown, summary: "page down"),
            KeyBinding(
                keys: [.character(" ")], context: .leadChooser, command: .toggleLead,
                summary: "choose the lead, or leave it out", hint: "choose"),
            KeyBinding(
                keys: [.character("/")], context: .leadChooser, command: .filterLeads,
                summary: "filter by name, company, position, status (Enter ends the filter)", hint: "filter"),
            KeyBinding(
                keys: [.enter], context: .leadChooser, command: .keepLeads, summary: "keep the choice", hint: "keep"),
            KeyBinding(
                keys: [.escape], context: .leadChooser, command: .closeOverlay,
                summary: "close without changing the choice", hint: "cancel")
        ] + screenBindings

    /// Each cursor move, and the same with Shift to select: the moves of the composer line work
    /// there too; rows, pages and Home/End scroll the transcript instead.
    static let motionBindings: [KeyBinding] = {
        let moves: [(key: Key, motion: Motion, move: String, select: String, panes: [Pane])] = [
            (.left, .left, "previous character", "select the previous character", composerPanes),
            (.right, .right, "next character", "select the next character", composerPanes),
            (.up, .up, "row up", "select up a row", textPanes),
            (.down, .down, "row down", "select down a row", textPanes),
            (.controlLeft, .wordLeft, "previous word", "select the previous word", composerPanes),
            (.controlRight, .wordRight, "next word", "select the next word", composerPanes),
            (.home, .lineStart, "start of the line", "select to the start of the line", composerPanes),
            (.end, .lineEnd, "end of the line", "select to the end of the line", composerPanes),
            (.pageUp, .pageUp, "page up", "select up a page", textPanes),
            (.pageDown, .pageDown, "page down", "select down a page", textPanes),
            (.controlHome, .start, "start of the field", "select to the start of the field", textPanes),
            (.controlEnd, .end, "end of the field", "select to the end of the field", textPanes)
        ]
        return moves.map { move in
            // Home and End scroll the transcript; in its composer only their Shift forms select.
            let panes = move.motion == .lineStart || move.motion == .lineEnd ? textPanes : move.panes
            return KeyBinding(
                keys: [move.key], context: .panes(panes), command: .edit(.move(move.motion)), summary: move.move)
        }
            + moves.map { move in
                KeyBinding(
                    keys: [move.key.shifted], context: .panes(move.panes), command: .edit(.select(move.motion)),
                    summary: move.select)
            }
    }()

    /// The contexts active in a state, most specific first: the top layer's that has keys of its
    /// own (a prompt answers from its own list, `Prompt.answers`, so the screen's show through).
    static func contexts(for state: AppState) -> [KeyContext] {
        switch state.topLayer {
        case .leadChooser: [.leadChooser]
        case .overlay: [.help]
        case .prompt, .screen: contexts(of: state.screen, in: state)
        }
    }

    /// The contexts of a screen: where the user was when they asked for help.
    static func contexts(of screen: Screen, in state: AppState) -> [KeyContext] {
        switch screen {
        case .list: return [.picker]
        case .campaigns: return [.campaigns]
        case .sequence: return [.sequence]
        case .session, .loading: break
        }
        if state.focus == .skeleton && state.skeletonBrowse != nil { return [.skeletonHistory, .session, .global] }
        return [.panes([state.focus]), .session, .global]
    }

    static func applies(_ context: KeyContext, to active: KeyContext) -> Bool {
        switch (context, active) {
        case (.global, .global), (.session, .session), (.help, .help), (.picker, .picker),
            (.skeletonHistory, .skeletonHistory), (.leadChooser, .leadChooser), (.campaigns, .campaigns),
            (.sequence, .sequence):
            true
        case (.panes(let panes), .panes(let focused)): focused.allSatisfy(panes.contains)
        default: false
        }
    }

    /// The command a key runs in a state, or nil when the key is text to type or unbound there.
    public static func command(for key: Key, in state: AppState) -> Command? {
        for active in contexts(for: state) {
            if let command = command(for: key, in: active) { return command }
        }
        return nil
    }

    /// What a key does in one context: a prompt's text field asks what it does in a field.
    static func command(for key: Key, in context: KeyContext) -> Command? {
        guard let candidates = bindingsByKey[key],
            let index = candidates.first(where: { applies(bindings[$0].context, to: context) })
        else { return nil }
        return bindings[index].command
    }

    /// The bindings of each key, in table order: a key press looks at its own few, not at all of them.
    private static let bindingsByKey: [Key: [Int]] = {
        var table: [Key: [Int]] = [:]
        for (index, binding) in bindings.enumerated() {
            for key in binding.keys { table[key, default: []].append(index) }
        }
        return table
    }()

    /// The hints of some contexts, most general first; asked for on every frame that draws the
    /// footer, so kept per list of contexts (the table is constant: the answer is too).
    static func hints(for contexts: [KeyContext]) -> [KeyBinding] {
        if let known = hintsMemo.withLock({ $0[contexts] }) { return known }
        // Three tiers, as the table lists them: the keys of anywhere and of the session that come
        // before the panes' keys (save, help, quit, next pane, apply), then the keys of where the
        // focus is, then the other keys of anywhere (find).
        let wide = contexts.filter { $0 == .global || $0 == .session }
        let firstPaneKey = bindings.firstIndex { if case .panes = $0.context { true } else { false } } ?? bindings.count
        let hinted = bindings.indices.filter { bindings[$0].hint != nil }
        let isWide = { (i: Int) in wide.contains { applies(bindings[i].context, to: $0) } }
        let focused = contexts.reversed().filter { !wide.contains($0) }.flatMap { active in
            hinted.filter { applies(bindings[$0].context, to: active) }
        }
        let made =
            (hinted.filter { $0 < firstPaneKey && isWide($0) } + focused
            + hinted.filter {
                $0 >= firstPaneKey && isWide($0)
            }).map { bindings[$0] }
        hintsMemo.withLock { $0[contexts] = made }
        return made
    }

    private static let hintsMemo = Mutex<[[KeyContext]: [KeyBinding]]>([:])
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
