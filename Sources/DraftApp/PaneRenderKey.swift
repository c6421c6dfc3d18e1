import DraftCore
import PuffleAPI

/// Everything a pane is drawn from, compared before drawing it again (see `RenderCache`).
/// Whatever a pane's view reads from the state must be named here, or a change would not show;
/// `RenderCacheTests` draws random states both ways and compares the screens.
struct PaneRenderKey: Equatable {
    let slot: ScreenLayout.Slot
    let focused: Bool
    let glyphs: Glyphs
    let legend: DiffLegend
    /// Revisions, positions and choices, flattened.
    private(set) var numbers: [Int] = []
    private(set) var staged: JSONValue? = nil
    private(set) var pending: PendingTurn? = nil

    init(_ slot: ScreenLayout.Slot, state: AppState, glyphs: Glyphs) {
        self.slot = slot
        focused = state.focus == slot.pane
        self.glyphs = glyphs
        legend = state.diffLegend
        // The editor's cursor shows only while no prompt or overlay has the keyboard.
        numbers = [state.prompt == nil && state.overlay == nil ? 1 : 0]
        switch slot.pane {
        case .title, .subject:
            editor(slot.pane, state)
        case .body:
            editor(.body, state)
            anchor(state.scroll[.body])
        case .transcript:
            numbers.append(state.baseRevision)
            anchor(state.scroll[.transcript])
            editor(.transcript, state)
            pending = state.pendingTurn
        case .skeleton:
            numbers += [state.baseRevision, state.skeletonBrowse ?? -1]
            anchor(state.scroll[.skeleton])
            staged = state.stagedSkeleton
        case .examples:
            numbers += [state.baseRevision, state.selectedExample, state.leadsRevision,
                        ExampleView.allCases.firstIndex(of: state.exampleView) ?? 0]
            anchor(state.detailScroll[.examples])
            if state.exampleView != .example { draft(state) }
        case .history:
            numbers += [state.baseRevision, state.selectedHistory, state.historyShowsDiff ? 1 : 0]
            anchor(state.detailScroll[.history])
            if state.historyShowsDiff { draft(state) }
        }
    }

    private mutating func editor(_ pane: Pane, _ state: AppState) {
        guard let editor = state.editors[pane] else { return numbers.append(-1) }
        numbers += [editor.revision, editor.cursor.line, editor.cursor.offset]
    }

    /// The subject and body, which diffs and renderings of the draft are made from.
    private mutating func draft(_ state: AppState) {
        editor(.subject, state)
        editor(.body, state)
    }

    private mutating func anchor(_ anchor: ScrollAnchor?) {
        numbers += [anchor?.block ?? -1, anchor?.row ?? -1]
    }
}
