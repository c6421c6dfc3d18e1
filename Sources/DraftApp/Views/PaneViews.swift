import Foundation
import DraftCore
import PuffleAPI

/// Draws what is inside each pane.
enum PaneViews {
    static func draw(_ slot: ScreenLayout.Slot, state: AppState, into surface: inout Surface, glyphs: Glyphs) {
        let content = slot.content
        guard !content.isEmpty, let session = state.base else { return }
        switch slot.pane {
        case .title, .subject, .body:
            EditorView.draw(slot.pane, state: state, in: content, into: &surface, glyphs: glyphs)
        case .skeleton:
            let scroller = PaneContent.scroller(for: slot.pane, in: state, width: content.width)
            lines(scroller?.visible(from: state.scroll[slot.pane] ?? .top, height: content.height) ?? [], in: content, into: &surface)
            ReadingSelection.draw(in: content, pane: slot.pane, state: state, into: &surface)
        case .transcript:
            let parts = PaneGeometry.transcript(content, state: state)
            let scroller = PaneContent.scroller(for: .transcript, in: state, width: parts.messages.width)
            lines(scroller?.visible(from: state.scroll[.transcript], height: parts.messages.height) ?? [], in: parts.messages, into: &surface)
            ReadingSelection.draw(in: parts.messages, pane: .transcript, state: state, into: &surface)
            rule(parts.rule, into: &surface, glyphs: glyphs)
            surface.put(glyphs.composer + " ", x: parts.composer.x, y: parts.composer.y, role: .composer, limit: parts.composer.maxX)
            EditorView.draw(.transcript, state: state, in: PaneGeometry.composerField(parts.composer), into: &surface, glyphs: glyphs)
        case .examples:
            let examples = session.generatedExamples
            guard !examples.isEmpty else {
                let hint = session.skeleton == nil ? "No examples yet. They are generated per lead once a skeleton exists."
                    : "No examples yet: g generates one per sample lead (it asks first; it costs money)."
                lines(Paragraph.note([Span(hint, .placeholder)])
                        .rows(width: content.width), in: content, into: &surface)
                return
            }
            let problems = state.problemsOfExamples
            let rows = examples.enumerated().map { index, example -> StyledLine in
                let mark = problems[index].isEmpty ? Span(glyphs.ok + " ", .statusOK) : Span(glyphs.warn + " ", .warning)
                let lead = (state.lead(for: example, at: index)?.displayName
                    ?? example.leadID.map { String($0.prefix(8)) }).map { $0 + "  " } ?? ""
                return [Span((index + 1).rightAligned(width: 2) + " ", .dim), mark, Span(lead, .label)]
                    + TemplateHighlighter.line(StyledText.singleLine(example.subject ?? "(no subject)"))
            }
            listWithDetail(rows, selected: state.selectedExample, pane: .examples, state: state, content: content,
                           into: &surface, glyphs: glyphs)
        case .history:
            let versions = PaneContent.historyNewestFirst(session)
            guard !versions.isEmpty else {
                lines(Paragraph.note([Span("No earlier drafts yet. Each chat turn that rewrites the draft keeps the old one here.", .placeholder)])
                        .rows(width: content.width), in: content, into: &surface)
                return
            }
            let rows = versions.map { version -> StyledLine in
                let time = version.shortTime ?? "undated"
                let preview = version.isUnknownShape ? [Span(JSONWriter.string(version.raw), .dim)]
                    : TemplateHighlighter.line(StyledText.singleLine(version.subject ?? "(no subject)"))
                return [Span(time.padded(toWidth: 18), .dim)] + preview
            }
            listWithDetail(rows, selected: state.selectedHistory, pane: .history, state: state, content: content,
                           into: &surface, glyphs: glyphs)
        }
    }

    static func lines(_ lines: [StyledLine], in area: Rect, into surface: inout Surface) {
        for (i, line) in lines.prefix(area.height).enumerated() {
            surface.put(line, x: area.x, y: area.y + i, limit: area.maxX)
        }
    }

    private static func rule(_ area: Rect, into surface: inout Surface, glyphs: Glyphs) {
        surface.put(String(repeating: glyphs.horizontal, count: max(0, area.width)), x: area.x, y: area.y, role: .border, limit: area.maxX)
    }

    private static func listWithDetail(_ rows: [StyledLine], selected: Int, pane: Pane, state: AppState, content: Rect,
                                       into surface: inout Surface, glyphs: Glyphs) {
        let parts = PaneGeometry.split(content, itemCount: rows.count)
        let first = PaneGeometry.firstListRow(selected: selected, count: rows.count, height: parts.list.height)
        for (offset, row) in rows.dropFirst(first).prefix(parts.list.height).enumerated() {
            let y = parts.list.y + offset
            let line = StyledText.truncated(row, width: parts.list.width, ellipsis: glyphs.ellipsis)
            surface.put(line, x: parts.list.x, y: y, limit: parts.list.maxX)
            if first + offset == selected {
                surface.setRole(state.focus == pane ? .selection : .dim, in: Rect(x: parts.list.x, y: y, width: parts.list.width, height: 1))
            }
        }
        rule(parts.rule, into: &surface, glyphs: glyphs)
        ListWindow(first: first, height: parts.list.height, total: rows.count).drawMarks(on: parts.rule, into: &surface, glyphs: glyphs)
        let scroller = PaneContent.scroller(for: pane, in: state, width: parts.detail.width)
        lines(scroller?.visible(from: state.scroll[pane] ?? .top, height: parts.detail.height) ?? [], in: parts.detail, into: &surface)
        ReadingSelection.draw(in: parts.detail, pane: pane, state: state, into: &surface)
    }
}
