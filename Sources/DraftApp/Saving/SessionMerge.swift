import DraftCore
import PuffleAPI

/// Takes in a fresher copy of the session without losing a word the user typed.
///
/// Per field: untouched locally → the server's value (a text pane shows it at once); changed
/// locally and not on the server → kept; changed on both to the same text → converged; changed
/// on both differently → a conflict: the base keeps the value the edit started from, so the
/// next save asks instead of overwriting.
enum SessionMerge {
    @discardableResult
    static func refresh(_ state: inout AppState, with fresh: Session) -> [SessionField] {
        guard let base = state.base else {
            state.base = fresh
            return []
        }
        let changed = Set(state.changedPanes.compactMap(\.field))
        var merged = fresh
        var conflicts: [SessionField] = []
        // A restored skeleton counts as an edit of the skeleton.
        if state.hasStagedSkeleton, fresh[.skeleton] != base[.skeleton], state.stagedSkeleton != fresh[.skeleton] {
            conflicts.append(.skeleton)
            merged[.skeleton] = base[.skeleton]
        }
        for field in SessionField.allCases {
            let pane = Pane(field: field)
            guard changed.contains(field), let pane, let editor = state.editors[pane] else {
                if let pane, let editor = state.editors[pane], fresh[field] != base[field] {
                    state.editors[pane] = editor.reset(to: fresh[field].stringValue ?? "")
                }
                continue
            }
            if fresh[field] == base[field] || !editor.differs(from: fresh[field].stringValue ?? "") {
                continue  // unchanged on the server, or the server now has exactly the user's text
            }
            conflicts.append(field)
            merged[field] = base[field]
        }
        // Unchanged (a poll while a task runs): the base keeps its revision, so nothing is redrawn.
        if merged != base { state.base = merged }
        state.serverChanged = state.serverChanged.filter { field in
            if field == .skeleton { return state.hasStagedSkeleton }
            return Pane(field: field).map { state.changedPanes.contains($0) } ?? false
        }
        return conflicts
    }
}
