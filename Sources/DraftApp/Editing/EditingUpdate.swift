import DraftCore
import PuffleAPI

/// Typing, pasting, moving and selecting in the title, subject, body and the composer line.
enum EditingUpdate {
    static func type(_ character: Character, state: inout AppState) -> [Effect] {
        edit(state: &state) { editor, _ in editor.insert(String(character)) }
    }

    static func paste(_ text: String, state: inout AppState) -> [Effect] {
        guard state.editors[state.focus] != nil else {
            state.status = StatusMessage(
                "Pasting works in Title, Subject and Body (Alt-1, Alt-2, Alt-3)", isError: true)
            return []
        }
        return edit(state: &state) { editor, _ in editor.insert(text, isPaste: true) }
    }

    static func perform(_ command: EditCommand, state: inout AppState) -> [Effect] {
        let pane = state.focus
        switch command {
        case .nextField:
            state.focus(pane == .title ? .subject : .body)
            return []
        case .external:
            guard let editor = state.editors[pane] else { return [] }
            state.status = StatusMessage(
                "Editing the \(pane.name.lowercased()) in \(state.externalEditor.name): "
                    + state.externalEditor.howToLeave)
            return [.editExternally(pane, text: editor.text, editor: state.externalEditor)]
        case .cut, .cutLine, .paste:
            return ClipboardUpdate.perform(command, state: &state)
        default:
            break
        }
        let page = max(1, (PaneGeometry.scrollArea(for: pane, in: state)?.height ?? 2) - 1)
        return edit(state: &state) { editor, layout in apply(command, to: &editor, layout: layout, page: page) }
    }

    /// What an editing command does to a buffer: the field's, or a prompt's text.
    static func apply(_ command: EditCommand, to editor: inout TextBuffer, layout: EditorLayout, page: Int) {
        switch command {
        case .move(let motion):
            // Left and Right with a selection land on its edge, as in every GUI editor.
            if let selection = editor.selection, motion == .left || motion == .right {
                editor.place(motion == .left ? selection.lowerBound : selection.upperBound, goalColumn: nil)
            } else {
                move(&editor, motion, layout: layout, page: page)
            }
        case .select(let motion): editor.extendSelection { move(&$0, motion, layout: layout, page: page) }
        case .selectAll: editor.selectAll()
        case .backspace: editor.backspace()
        case .deleteForward: editor.deleteForward()
        case .deleteWordBackward: editor.deleteWordBackward()
        case .deleteWordForward: editor.deleteWordForward()
        case .newline: editor.insert("\n")
        case .undo: editor.undo()
        case .redo: editor.redo()
        case .nextField, .external, .cut, .cutLine, .paste: break
        }
    }

    private static func move(_ editor: inout TextBuffer, _ motion: Motion, layout: EditorLayout, page: Int) {
        switch motion {
        case .left: editor.moveLeft()
        case .right: editor.moveRight()
        case .up: layout.moveVertically(&editor, byRows: -1)
        case .down: layout.moveVertically(&editor, byRows: 1)
        case .pageUp: layout.moveVertically(&editor, byRows: -page)
        case .pageDown: layout.moveVertically(&editor, byRows: page)
        case .wordLeft: editor.moveWordLeft()
        case .wordRight: editor.moveWordRight()
        case .lineStart: editor.moveToLineStart()
        case .lineEnd: editor.moveToLineEnd()
        case .start: editor.moveToStart()
        case .end: editor.moveToEnd()
        }
    }

    static func externalEditFinished(_ pane: Pane, _ result: Result<String, ExternalEditFailure>, state: inout AppState)
        -> [Effect]
    {
        switch result {
        case .failure(let failure):
            state.status = StatusMessage(
                "\(failure.message); the \(pane.name.lowercased()) is unchanged", isError: true)
            return [.repaintAll]
        case .success(var text):
            // Editors end files with a newline the field never had.
            if text.hasSuffix("\n") && !(state.editors[pane]?.text.hasSuffix("\n") ?? false) { text.removeLast() }
            state.focus(pane)
            guard let editor = state.editors[pane], !text.isSameText(as: editor.text) else {
                state.status = StatusMessage(
                    "Back from \(state.externalEditor.name): the \(pane.name.lowercased()) is unchanged")
                return [.repaintAll]
            }
            let effects = edit(state: &state) { editor, _ in editor.replaceAll(with: text) }
            state.status = StatusMessage("Edited in \(state.externalEditor.name) (Ctrl-Z undoes it)")
            return [.repaintAll] + effects
        }
    }

    /// Applies a change to the focused editor, keeps its cursor on screen, and schedules the
    /// recovery journal when the text changed.
    static func edit(state: inout AppState, _ change: (inout TextBuffer, EditorLayout) -> Void) -> [Effect] {
        let pane = state.focus
        guard let revision = state.editors[pane]?.revision else { return [] }
        let width = PaneGeometry.scrollArea(for: pane, in: state)?.width ?? state.width
        let layout = EditorLayout(width: pane == .body ? width : Int.max / 2)
        // In place: copying the buffer out would copy every line on every keystroke.
        change(&state.editors[pane]!, layout)
        keepCursorVisible(&state)
        guard state.editors[pane]?.revision != revision else { return [] }
        if state.status?.isError == false { state.status = nil }
        return JournalUpdate.scheduleIfNeeded(state: &state)
    }

    /// Scrolls the body so its cursor stays in view.
    static func keepCursorVisible(_ state: inout AppState) {
        guard state.editors[.body] != nil, let area = PaneGeometry.scrollArea(for: .body, in: state), area.height > 0
        else { return }
        let layout = EditorLayout(width: area.width)
        // No local copy of the buffer: keeping its rows below must not copy every line.
        let anchor = layout.anchorShowingCursor(
            state.editors[.body]!, from: state.scroll[.body] ?? .top, height: area.height)
        state.scroll[.body] = anchor
        layout.keepRowsInView(&state.editors[.body]!, from: anchor, height: area.height)
    }
}
