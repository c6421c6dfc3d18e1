import DraftCore
import PuffleAPI

/// What each scrollable pane shows, as blocks wrapped on demand. Update uses it to scroll and
/// the views to draw, so both agree on every line.
enum PaneContent {
    /// The main scroller of a reading pane: the transcript's messages, the skeleton's sections.
    static func scroller(for pane: Pane, in state: AppState, width: Int) -> BlockScroller? {
        guard let session = state.base else { return nil }
        switch pane {
        case .transcript:
            let count = session.messageCount
            let pending = state.pendingTurn
            guard count > 0 || pending != nil else {
                return single(StyledText.wrapped([Span("No messages yet. Type below to start the chat.", .placeholder)], width: width))
            }
            let revision = state.baseRevision
            return BlockScroller(count: count + (pending == nil ? 0 : 1)) { index in
                guard index == count, let pending else {
                    return state.messageRows.lines(width: width, revision: revision, block: index) { messageLines(session.message(at: index), width: width) }
                }
                let note = pending.accepted ? "waiting for the reply…" : "sending…"
                return [[Span("You", .userRole), Span("  \(note)", .dim)]] + StyledText.template(pending.message, width: width, indent: 2)
            }
        case .skeleton:
            let sections = skeletonSections(state, width: width)
            return BlockScroller(count: sections.count) { sections[$0] }
        case .title, .subject, .body, .examples, .history:
            return nil // editors, or lists whose detail has its own scroller
        }
    }

    /// The detail under a list: the selected example or draft in full.
    static func detailScroller(for pane: Pane, in state: AppState, width: Int) -> BlockScroller? {
        guard let session = state.base else { return nil }
        let lines: [StyledLine]
        switch pane {
        case .examples:
            let examples = session.generatedExamples
            guard examples.indices.contains(state.selectedExample) else { return nil }
            let problems = ExampleReview.problems(at: state.selectedExample, in: examples)
            lines = ExampleDetail.lines(examples[state.selectedExample], index: state.selectedExample, problems: problems,
                                        state: state, width: width)
        case .history:
            let versions = historyNewestFirst(session)
            guard versions.indices.contains(state.selectedHistory) else { return nil }
            let version = versions[state.selectedHistory]
            lines = state.historyShowsDiff && !version.isUnknownShape
                ? versionDiffLines(version, state: state, width: width) : versionLines(version, width: width)
        default:
            return nil
        }
        return BlockScroller(count: lines.count) { [lines[$0]] }
    }

    /// The current skeleton (or a restored one, marked), or an earlier one as a diff against it.
    static func skeletonSections(_ state: AppState, width: Int) -> [[StyledLine]] {
        guard let session = state.base else { return [] }
        let current = state.hasStagedSkeleton ? state.stagedSkeleton : session.skeleton
        if let index = state.skeletonBrowse, state.skeletonHistoryNewestFirst.indices.contains(index) {
            let earlier = state.skeletonHistoryNewestFirst[index]
            let heading: [StyledLine] = StyledText.wrapped(
                [Span("Earlier skeleton \(index + 1) of \(state.skeletonHistoryNewestFirst.count)", .label),
                 Span("  against the current one (\(state.diffLegend.text(removed: "only in the current", added: "only in this one")))", .dim)], width: width)
            let diff = WordDiff.styledLines(from: skeletonText(current), to: skeletonText(earlier))
                .flatMap { TextWrap.wrap($0, width: width) }
            return [heading + [[]], diff]
        }
        var sections = SkeletonFormatter.sections(current, frameworkVersion: session.frameworkVersion, width: width)
        if state.hasStagedSkeleton {
            sections.insert(StyledText.wrapped([Span("Restored from the history, not saved yet (Ctrl-S saves, Ctrl-Z undoes)", .warning)], width: width), at: 0)
        } else if !session.skeletonHistory.isEmpty {
            sections.append([[], [Span("\(session.skeletonHistory.count) earlier skeleton\(session.skeletonHistory.count == 1 ? "" : "s"): Enter to browse", .dim)]])
        }
        return sections
    }

    /// A skeleton as plain text for diffs: the same layout the pane shows, without styles.
    static func skeletonText(_ skeleton: JSONValue?) -> String {
        SkeletonFormatter.sections(skeleton, frameworkVersion: nil, width: 10_000).flatMap { $0 }
            .map { $0.map(\.text).joined() }.joined(separator: "\n")
    }

    static func versionDiffLines(_ version: DraftVersion, state: AppState, width: Int) -> [StyledLine] {
        let subject = state.editors[.subject]?.text ?? "", body = state.editors[.body]?.text ?? ""
        var lines = StyledText.wrapped([Span("From the current draft to this one", .label),
                                        Span("  (\(state.diffLegend.text(removed: "only in the current draft", added: "only in this one")))", .dim)], width: width)
        lines.append([])
        lines += StyledText.labelled("Subject", WordDiff.styledLines(from: subject, to: version.subject ?? "").flatMap { $0 },
                                     width: width, indent: 0, labelWidth: 9)
        lines.append([])
        lines += WordDiff.styledLines(from: body, to: version.body ?? "").flatMap { TextWrap.wrap($0, width: width) }
        return lines
    }

    static func historyNewestFirst(_ session: Session) -> [DraftVersion] {
        session.draftHistory.reversed().map(DraftVersion.init)
    }

    private static func single(_ lines: [StyledLine]) -> BlockScroller {
        BlockScroller(count: 1) { _ in lines }
    }

    static func messageLines(_ message: ChatMessage, width: Int) -> [StyledLine] {
        let (label, role): (String, StyleRole) = switch message.role {
        case "user": ("You", .userRole)
        case "assistant": ("AI", .assistantRole)
        default: (message.role, .label)
        }
        return [[Span(label, role)]] + StyledText.template(message.content, width: width, indent: 2) + [[]]
    }

    static func versionLines(_ version: DraftVersion, width: Int) -> [StyledLine] {
        if version.isUnknownShape { return JSONTree.lines(version.raw, width: width) }
        var lines: [StyledLine] = []
        if let time = version.shortTime { lines += StyledText.labelled("Saved", [Span(time, .dim)], width: width, indent: 0, labelWidth: 9) }
        lines += StyledText.labelled("Subject", version.subject.map { TemplateHighlighter.line(StyledText.singleLine($0)) }
                                         ?? [Span("(none)", .placeholder)], width: width, indent: 0, labelWidth: 9)
        lines.append([])
        lines += version.body.map { StyledText.template($0, width: width) } ?? [[Span("(no body)", .placeholder)]]
        return lines
    }
}
