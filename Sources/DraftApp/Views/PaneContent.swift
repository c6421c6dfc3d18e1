import DraftCore
import PuffleAPI

/// What each reading pane shows (the transcript's messages, the skeleton's sections, the chosen
/// example or earlier draft), as blocks of paragraphs made on demand and wrapped in one place.
/// Update uses it to scroll and find, the views to draw, so both agree on every row.
enum PaneContent {
    struct Blocks {
        let count: Int
        let paragraphs: (Int) -> [Paragraph]
        /// A block's matches, counted without making its paragraphs where that is cheaper (a
        /// message is searched as sent: its paragraphs are its lines, under a label not searched).
        let matchCount: (Int, TextSearch) -> Int

        init(count: Int, paragraphs: @escaping (Int) -> [Paragraph], matchCount: ((Int, TextSearch) -> Int)? = nil) {
            self.count = count
            self.paragraphs = paragraphs
            self.matchCount = matchCount ?? { index, search in TextMarks.count(paragraphs(index), search) }
        }

        static func single(_ paragraphs: [Paragraph]) -> Blocks { Blocks(count: 1) { _ in paragraphs } }
    }

    static func blocks(for pane: Pane, in state: AppState) -> Blocks? {
        guard let session = state.base else { return nil }
        switch pane {
        case .transcript:
            let count = session.messageCount
            guard count > 0 || state.pendingTurn != nil else {
                return .single([.note([Span("No messages yet. Type below to start the chat.", .placeholder)])])
            }
            let pending = state.pendingTurn
            return Blocks(count: count + (pending == nil ? 0 : 1), paragraphs: { index in
                guard index == count, let pending else { return messageParagraphs(session.message(at: index)) }
                let note = pending.accepted ? "waiting for the reply…" : "sending…"
                return [.note([Span("You", .userRole), Span("  \(note)", .dim)])] + Paragraph.template(pending.message, indent: 2)
            }, matchCount: { index, search in
                search.count(in: (index == count ? pending?.message ?? "" : session.message(at: index).content)[...])
            })
        case .skeleton:
            let sections = skeletonSections(state)
            return Blocks(count: sections.count) { sections[$0] }
        case .examples:
            let examples = session.generatedExamples
            guard examples.indices.contains(state.selectedExample) else { return nil }
            let problems = state.problemsOfExamples[state.selectedExample]
            return .single(ExampleDetail.paragraphs(examples[state.selectedExample], index: state.selectedExample, problems: problems,
                                                    state: state))
        case .history:
            let versions = historyNewestFirst(session)
            guard versions.indices.contains(state.selectedHistory) else { return nil }
            let version = versions[state.selectedHistory]
            return .single(state.historyShowsDiff && !version.isUnknownShape ? versionDiffParagraphs(version, state: state)
                                                                           : versionParagraphs(version))
        case .title, .subject, .body:
            return nil
        }
    }

    /// A reading pane's rows at a width, with the find's matches marked when the find is in it.
    /// The transcript's wrapped messages are kept between frames (see `BlockMemo`).
    static func scroller(for pane: Pane, in state: AppState, width: Int) -> BlockScroller? {
        guard let blocks = blocks(for: pane, in: state) else { return nil }
        let find = state.find?.pane == pane ? state.find : nil
        func rows(_ index: Int) -> [StyledLine] { TextMarks.marked(blocks.paragraphs(index), find: find, block: index).rows(width: width) }
        guard pane == .transcript, let count = state.base?.messageCount, count > 0 else { return BlockScroller(count: blocks.count, lines: rows) }
        let revision = state.baseRevision, marks = find == nil ? 0 : state.findRevision
        return BlockScroller(count: blocks.count) { index in
            index == count ? rows(index) : state.messageRows.lines(width: width, revision: revision, marks: marks, block: index) { rows(index) }
        }
    }

    /// The current skeleton (or a restored one, marked), or an earlier one as a diff against it.
    static func skeletonSections(_ state: AppState) -> [[Paragraph]] {
        guard let session = state.base else { return [] }
        let current = state.hasStagedSkeleton ? state.stagedSkeleton : session.skeleton
        if let index = state.skeletonBrowse, state.skeletonHistoryNewestFirst.indices.contains(index) {
            let earlier = state.skeletonHistoryNewestFirst[index]
            let heading = Paragraph.note([Span("Earlier skeleton \(index + 1) of \(state.skeletonHistoryNewestFirst.count)", .label),
                                          Span("  against the current one (\(state.diffLegend.text(removed: "only in the current", added: "only in this one")))", .dim)])
            let diff = WordDiff.styledLines(from: skeletonText(current), to: skeletonText(earlier), inText: state.diffLegend.inText)
                .map { Paragraph($0) }
            return [[heading, .blank], diff]
        }
        var sections = SkeletonFormatter.sections(current, frameworkVersion: session.frameworkVersion)
        if state.hasStagedSkeleton {
            sections.insert([.note([Span("Restored from the history, not saved yet (Ctrl-S saves, Ctrl-Z undoes)", .warning)])], at: 0)
        } else if !session.skeletonHistory.isEmpty {
            let count = session.skeletonHistory.count
            sections.append([.blank, .note([Span("\(count) earlier skeleton\(count == 1 ? "" : "s"): Enter to browse", .dim)])])
        }
        return sections
    }

    /// A skeleton as plain text for diffs and copying: the same layout the pane shows, without styles.
    static func skeletonText(_ skeleton: JSONValue?) -> String {
        SkeletonFormatter.sections(skeleton, frameworkVersion: nil).flatMap { $0 }.rows(width: 10_000)
            .map { $0.map(\.text).joined() }.joined(separator: "\n")
    }

    static func versionDiffParagraphs(_ version: DraftVersion, state: AppState) -> [Paragraph] {
        let subject = state.editors[.subject]?.text ?? "", body = state.editors[.body]?.text ?? ""
        var paragraphs: [Paragraph] = [
            .note([Span("From the current draft to this one", .label),
                   Span("  (\(state.diffLegend.text(removed: "only in the current draft", added: "only in this one")))", .dim)]),
            .blank,
            .labelled("Subject", WordDiff.styledLines(from: subject, to: version.subject ?? "", inText: state.diffLegend.inText)
                .flatMap { $0 }, labelWidth: 9),
            .blank,
        ]
        paragraphs += WordDiff.styledLines(from: body, to: version.body ?? "", inText: state.diffLegend.inText).map { Paragraph($0) }
        return paragraphs
    }

    static func historyNewestFirst(_ session: Session) -> [DraftVersion] {
        session.draftHistory.reversed().map(DraftVersion.init)
    }

    static func messageParagraphs(_ message: ChatMessage) -> [Paragraph] {
        let (label, role): (String, StyleRole) = switch message.role {
        case "user": ("You", .userRole)
        case "assistant": ("AI", .assistantRole)
        default: (message.role, .label)
        }
        return [.note([Span(label, role)])] + Paragraph.template(message.content, indent: 2) + [.blank]
    }

    static func versionParagraphs(_ version: DraftVersion) -> [Paragraph] {
        if version.isUnknownShape { return JSONTree.paragraphs(version.raw) }
        var paragraphs: [Paragraph] = []
        if let time = version.shortTime { paragraphs.append(.labelled("Saved", [Span(time, .dim)], labelWidth: 9)) }
        paragraphs.append(.labelled("Subject", version.subject.map { TemplateHighlighter.line(StyledText.singleLine($0)) }
                                        ?? [Span("(none)", .placeholder)], labelWidth: 9))
        paragraphs.append(.blank)
        paragraphs += version.body.map { Paragraph.template($0) } ?? [.note([Span("(no body)", .placeholder)])]
        return paragraphs
    }
}
