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

    /// A reading pane's blocks, from the state (the update's scrolling and finding ask this way).
    static func blocks(for pane: Pane, in state: AppState) -> Blocks? {
        ReadingPane(pane, state: state).flatMap(blocks)
    }

    /// A reading pane's blocks, made from its input alone.
    static func blocks(_ input: ReadingPane) -> Blocks? {
        let session = input.session.value
        switch input.pane {
        case .transcript:
            let count = session.messageCount
            guard count > 0 || input.pending != nil else {
                return .single([.note([Span("No messages yet. Type below to start the chat.", .placeholder)])])
            }
            let pending = input.pending
            return Blocks(
                count: count + (pending == nil ? 0 : 1),
                paragraphs: { index in
                    guard index == count, let pending else { return messageParagraphs(session.message(at: index)) }
                    let note = pending.accepted ? "waiting for the reply…" : "sending…"
                    return [.note([Span("You", .userRole), Span("  \(note)", .dim)])]
                        + Paragraph.template(pending.message, indent: 2)
                },
                matchCount: { index, search in
                    search.count(
                        in: (index == count ? pending?.message ?? "" : session.message(at: index).content)[...])
                })
        case .skeleton:
            let sections = skeletonSections(input)
            return Blocks(count: sections.count) { sections[$0] }
        case .examples:
            let examples = session.generatedExamples
            guard let example = input.example, examples.indices.contains(input.selected) else { return nil }
            return .single(
                ExampleDetail.paragraphs(
                    examples[input.selected], index: input.selected, input: input, example: example))
        case .history:
            let versions = historyNewestFirst(session)
            guard versions.indices.contains(input.selected) else { return nil }
            let version = versions[input.selected]
            return .single(
                input.showsDiff && !version.isUnknownShape
                    ? versionDiffParagraphs(version, input: input)
                    : versionParagraphs(version))
        case .title, .subject, .body:
            return nil
        }
    }

    /// A reading pane's rows at a width, from the state (for the update).
    static func scroller(for pane: Pane, in state: AppState, width: Int) -> BlockScroller? {
        ReadingPane(pane, state: state).flatMap { scroller($0, width: width) }
    }

    /// A reading pane's rows at a width, with the find's matches marked when the find is in it.
    /// The transcript's wrapped messages are kept between frames (see `BlockMemo`).
    static func scroller(_ input: ReadingPane, width: Int) -> BlockScroller? {
        guard let blocks = blocks(input) else { return nil }
        let find = input.find?.value
        func rows(_ index: Int) -> [StyledLine] {
            TextMarks.marked(blocks.paragraphs(index), find: find, block: index).rows(width: width)
        }
        let count = input.session.value.messageCount
        guard input.pane == .transcript, count > 0, let memo = input.messageRows else {
            return BlockScroller(count: blocks.count, lines: rows)
        }
        let revision = input.session.revision, marks = input.find?.revision ?? 0
        return BlockScroller(count: blocks.count) { index in
            index == count
                ? rows(index) : memo.lines(width: width, revision: revision, marks: marks, block: index) { rows(index) }
        }
    }

    /// The current skeleton (or a restored one, marked), or an earlier one as a diff against it.
    static func skeletonSections(_ input: ReadingPane) -> [[Paragraph]] {
        let session = input.session.value
        let current = input.staged ?? session.skeleton
        let history: [JSONValue] = session.skeletonHistory.reversed()
        if let index = input.browse, history.indices.contains(index) {
            let earlier = history[index]
            let heading = Paragraph.note([
                Span("Earlier skeleton \(index + 1) of \(history.count)", .label),
                Span(
                    "  against the current one ("
                        + input.legend.text(removed: "only in the current", added: "only in this one") + ")",
                    .dim)
            ])
            let diff = WordDiff.styledLines(
                from: skeletonText(current), to: skeletonText(earlier), inText: input.legend.inText
            )
            .map { Paragraph($0) }
            return [[heading, .blank], diff]
        }
        var sections = SkeletonFormatter.sections(current, frameworkVersion: session.frameworkVersion)
        if input.staged != nil {
            sections.insert(
                [.note([Span("Restored from the history, not saved yet (Ctrl-S saves, Ctrl-Z undoes)", .warning)])],
                at: 0)
        } else if !session.skeletonHistory.isEmpty {
            let count = session.skeletonHistory.count
            sections.append([
                .blank, .note([Span("\(count) earlier skeleton\(count == 1 ? "" : "s"): Enter to browse", .dim)])
            ])
        }
        return sections
    }

    /// A skeleton as plain text for diffs and copying: the same layout the pane shows, without styles.
    static func skeletonText(_ skeleton: JSONValue?) -> String {
        SkeletonFormatter.sections(skeleton, frameworkVersion: nil).flatMap { $0 }.rows(width: 10_000)
            .map { $0.map(\.text).joined() }.joined(separator: "\n")
    }

    static func versionDiffParagraphs(_ version: DraftVersion, input: ReadingPane) -> [Paragraph] {
        let subject = input.subjectText, body = input.bodyText, legend = input.legend
        var paragraphs: [Paragraph] = [
            .note([
                Span("From the current draft to this one", .label),
                Span("  (\(legend.text(removed: "only in the current draft", added: "only in this one")))", .dim)
            ]),
            .blank,
            .labelled(
                "Subject",
                WordDiff.styledLines(from: subject, to: version.subject ?? "", inText: legend.inText)
                    .flatMap { $0 }, labelWidth: 9),
            .blank
        ]
        paragraphs += WordDiff.styledLines(from: body, to: version.body ?? "", inText: legend.inText).map {
            Paragraph($0)
        }
        return paragraphs
    }

    static func historyNewestFirst(_ session: Session) -> [DraftVersion] {
        session.draftHistory.reversed().map(DraftVersion.init)
    }

    static func messageParagraphs(_ message: ChatMessage) -> [Paragraph] {
        let (label, role): (String, StyleRole) =
            switch message.role {
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
        paragraphs.append(
            .labelled(
                "Subject",
                version.subject.map { TemplateHighlighter.line(StyledText.singleLine($0)) }
                    ?? [Span("(none)", .placeholder)], labelWidth: 9))
        paragraphs.append(.blank)
        paragraphs += version.body.map { Paragraph.template($0) } ?? [.note([Span("(no body)", .placeholder)])]
        return paragraphs
    }
}
