import DraftCore
import PuffleAPI

/// Reviewing what the LLM produced and going back: example views, draft history restores,
/// earlier skeletons. Restores are unsaved changes like any edit: Ctrl-S writes them.
enum ReviewUpdate {
    static func perform(_ command: Command, state: inout AppState) -> [Effect] {
        guard let base = state.base else { return [] }
        switch command {
        case .cycleExampleView:
            var views: [ExampleView] =
                state.sampleLeads.isEmpty && state.campaign?.roster.prospects.isEmpty != false
                ? [.example, .diff] : [.example, .diff, .rendered]
            if let chosen = state.chosenExample, !state.earlierVersions(of: chosen).isEmpty { views.append(.earlier) }
            let next = ((views.firstIndex(of: state.exampleView) ?? 0) + 1) % views.count
            state.exampleView = views[next]
            state.scroll[.examples] = nil
        case .toggleHistoryDiff:
            state.historyShowsDiff.toggle()
            state.scroll[.history] = nil
        case .restoreSelected where state.focus == .history:
            return restoreDraft(state: &state) ? JournalUpdate.scheduleIfNeeded(state: &state) : []
        case .restoreSelected:
            guard let index = state.skeletonBrowse, state.skeletonHistoryNewestFirst.indices.contains(index) else {
                return []
            }
            state.prompt = .restoreSkeleton(index: index)
        case .browseSkeletons:
            guard !base.skeletonHistory.isEmpty else {
                state.status = StatusMessage("No earlier skeletons in this session")
                return []
            }
            state.skeletonBrowse = 0
            state.scroll[.skeleton] = nil
        case .leaveSkeletonHistory:
            state.skeletonBrowse = nil
            state.scroll[.skeleton] = nil
        case .unstageSkeleton:
            guard state.stagedSkeleton != nil else { return [] }
            state.stagedSkeleton = nil
            state.status = StatusMessage("Skeleton restore undone")
        default:
            break
        }
        return []
    }

    /// `r` in History: the chosen draft goes into Subject and Body as unsaved, undoable edits.
    private static func restoreDraft(state: inout AppState) -> Bool {
        guard let base = state.base else { return false }
        let versions = PaneContent.historyNewestFirst(base)
        guard versions.indices.contains(state.selectedHistory) else { return false }
        let version = versions[state.selectedHistory]
        guard !version.isUnknownShape else {
            state.status = StatusMessage("This history entry has no subject or body to restore", isError: true)
            return false
        }
        // The draft being replaced is kept as a version when this one is saved (DraftVersion.keeping).
        if let subject = version.subject { state.editors[.subject]?.replaceAll(with: subject) }
        if let body = version.body { state.editors[.body]?.replaceAll(with: body) }
        state.status = StatusMessage(
            "Restored the draft from \(version.shortTime ?? "history") (unsaved): "
                + "Ctrl-S saves it, Ctrl-Z in Subject or Body undoes it"
        )
        return true
    }

    /// The answer to the skeleton restore prompt.
    static func restoreSkeleton(index: Int, state: inout AppState) {
        let history = state.skeletonHistoryNewestFirst
        guard history.indices.contains(index) else { return }
        state.stagedSkeleton = history[index]
        state.skeletonBrowse = nil
        state.scroll[.skeleton] = nil
        state.status = StatusMessage("Skeleton restored (unsaved): Ctrl-S saves it, Ctrl-Z here undoes it")
    }
}
