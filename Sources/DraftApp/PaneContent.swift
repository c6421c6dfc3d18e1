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
            guard count > 0 else {
                return single(StyledText.wrapped([Span("No messages yet. Type below to start the chat.", .placeholder)], width: width))
            }
            return BlockScroller(count: count) { messageLines(session.message(at: $0), width: width) }
        case .skeleton:
            let sections = SkeletonFormatter.sections(session.skeleton, frameworkVersion: session.frameworkVersion, width: width)
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
            lines = exampleLines(examples[state.selectedExample], width: width)
        case .history:
            let versions = historyNewestFirst(session)
            guard versions.indices.contains(state.selectedHistory) else { return nil }
            lines = versionLines(versions[state.selectedHistory], width: width)
        default:
            return nil
        }
        return BlockScroller(count: lines.count) { [lines[$0]] }
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

    static func exampleLines(_ example: GeneratedExample, width: Int) -> [StyledLine] {
        var lines = StyledText.labelled("Subject", example.subject.map { TemplateHighlighter.line(StyledText.singleLine($0)) }
                                            ?? [Span("(empty)", .placeholder)], width: width, indent: 0, labelWidth: 9)
        if let lead = example.leadID { lines += StyledText.labelled("Lead", [Span(lead, .dim)], width: width, indent: 0, labelWidth: 9) }
        lines.append([])
        if let body = example.body, !body.isEmpty {
            lines += StyledText.template(body, width: width)
        } else {
            lines.append([Span("(empty body)", .placeholder)])
        }
        let known: Set<String> = ["lead_id", "subject", "body"]
        if let object = example.json.objectValue {
            let extra = object.entries.filter { !known.contains($0.key) }
            if !extra.isEmpty { lines += [[]] + JSONTree.lines(.object(JSONObject(extra.map { ($0.key, $0.value) })), width: width) }
        } else {
            lines += JSONTree.lines(example.json, width: width)
        }
        return lines
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
