import DraftCore
import Foundation
import PuffleAPI

/// What a pane's content is drawn from, and what the render cache compares for it: a text
/// field's editor, a reading pane's content with its scroll, selection and focus, or both for
/// the transcript (its messages and its composer). The views read nothing else.
indirect enum PaneInput: Equatable {
    case editor(EditorView.Input)
    case reading(ReadingView)
    case transcript(ReadingView, EditorView.Input?)
    /// No session: nothing inside the frame.
    case none

    // `borrowing`: an initializer owns its arguments, so the caller would copy the whole state.
    init(_ pane: Pane, state: borrowing AppState) {
        if pane.isTextField {
            self = EditorView.Input(pane, state: state).map(PaneInput.editor) ?? .none
            return
        }
        guard let content = ReadingPane(pane, state: state) else {
            self = .none
            return
        }
        let selection = state.readingSelection.flatMap { $0.pane == pane && $0.holds(in: state) ? $0 : nil }
        let view = ReadingView(
            content: content, anchor: state.scroll[pane], selection: selection,
            focused: KeyTable.listPanes.contains(pane) && state.focus == pane)
        self = pane == .transcript ? .transcript(view, EditorView.Input(.transcript, state: state)) : .reading(view)
    }

    /// The input as the render cache keeps it: names, not values.
    /// An editor's text must go (the next keystroke would copy it); a reading pane holding nothing
    /// the app edits in place is kept as it is (its session is replaced, not edited).
    var forKey: PaneInput {
        switch self {
        case .editor(let editor): .editor(editor.forKey)
        case .reading(let view): view.content.holdsEditedValues ? .reading(view.forKey) : self
        case .transcript(let view, let composer): .transcript(view, composer?.forKey)
        case .none: .none
        }
    }
}

/// A reading pane as shown: its content, where its view starts, the mouse selection over it, and
/// whether it has the focus (a list's chosen row is highlighted then).
struct ReadingView: Equatable {
    var content: ReadingPane
    var anchor: ScrollAnchor?
    var selection: ReadingSelection?
    /// Always false outside the lists (`KeyTable.listPanes`), whose content alone shows the focus:
    /// it is part of the render cache's key, and Tab would otherwise draw the skeleton again.
    var focused: Bool

    var forKey: ReadingView {
        var key = self
        key.content = content.forKey
        return key
    }
}

/// Draws what is inside each pane, from its input alone.
enum PaneViews {
    static func draw(_ slot: ScreenLayout.Slot, input: PaneInput, into surface: inout Surface, glyphs: Glyphs) {
        let content = slot.content
        guard !content.isEmpty else { return }
        switch input {
        case .none:
            return
        case .editor(let editor):
            EditorView.draw(editor, in: content, into: &surface, glyphs: glyphs)
        case .transcript(let view, let composer):
            let parts = PaneGeometry.transcript(content, composer: composer?.editor.value)
            let scroller = PaneContent.scroller(view.content, width: parts.messages.width)
            lines(
                scroller?.visible(from: view.anchor, height: parts.messages.height) ?? [], in: parts.messages,
                into: &surface)
            drawSelection(view, in: parts.messages, into: &surface)
            rule(parts.rule, into: &surface, glyphs: glyphs)
            surface.put(
                glyphs.composer + " ", x: parts.composer.x, y: parts.composer.y, role: .composer,
                limit: parts.composer.maxX)
            if let composer {
                EditorView.draw(
                    composer, in: PaneGeometry.composerField(parts.composer), into: &surface, glyphs: glyphs)
            }
        case .reading(let view):
            drawReading(view, in: content, into: &surface, glyphs: glyphs)
        }
    }

    private static func drawReading(_ view: ReadingView, in content: Rect, into surface: inout Surface, glyphs: Glyphs)
    {
        let session = view.content.session.value
        switch view.content.pane {
        case .examples:
            let examples = session.generatedExamples
            guard !examples.isEmpty, let shown = view.content.example else {
                let hint =
                    session.skeleton == nil
                    ? "No examples yet. They are generated per lead once a skeleton exists."
                    : "No examples yet: g generates one per sample lead (it asks first; it costs money)."
                lines(
                    Paragraph.note([Span(hint, .placeholder)]).rows(width: content.width), in: content, into: &surface)
                return
            }
            let leadIDs = examples.compactMap(\.leadID)
            let rows = shown.order.enumerated().map { row, index -> StyledLine in
                let example = examples[index]
                let found = shown.problems.indices.contains(index) ? shown.problems[index].count : 0
                let mark =
                    found > 0
                    ? Span(glyphs.warn + found.rightAligned(width: 2) + "  ", .warning)
                    : Span(glyphs.ok + "    ", .statusOK)
                let name = shown.leads.indices.contains(index) ? shown.leads[index]?.displayName : nil
                let lead = (name ?? example.leadID.map { ShortID.of($0, among: leadIDs) }).map { $0 + "  " } ?? ""
                let versions = shown.versions.indices.contains(row) ? shown.versions[row] : 1
                let note = versions > 1 ? [Span("\(versions) versions  ", .dim)] : []
                return [Span((row + 1).rightAligned(width: 2) + " ", .dim), mark, Span(lead, .label)] + note
                    + TemplateHighlighter.line(StyledText.singleLine(example.subject ?? "(no subject)"))
            }
            listWithDetail(rows, selected: shown.row, view: view, content: content, into: &surface, glyphs: glyphs)
        case .history:
            let versions = PaneContent.historyNewestFirst(session)
            guard !versions.isEmpty else {
                lines(
                    Paragraph.note([
                        Span(
                            "No earlier drafts yet. Each chat turn that rewrites the draft keeps the old one here.",
                            .placeholder)
                    ])
                    .rows(width: content.width), in: content, into: &surface)
                return
            }
            let rows = versions.map { version -> StyledLine in
                let time = version.shortTime ?? "undated"
                let preview =
                    version.isUnknownShape
                    ? [Span(JSONWriter.string(version.raw), .dim)]
                    : TemplateHighlighter.line(StyledText.singleLine(version.subject ?? "(no subject)"))
                return [Span(time.padded(toWidth: 18), .dim)] + preview
            }
            listWithDetail(
                rows, selected: view.content.selected, view: view, content: content, into: &surface, glyphs: glyphs)
        default:
            let scroller = PaneContent.scroller(view.content, width: content.width)
            lines(
                scroller?.visible(from: view.anchor ?? .top, height: content.height) ?? [], in: content, into: &surface)
            drawSelection(view, in: content, into: &surface)
        }
    }

    /// The mouse selection over a reading pane's view.
    private static func drawSelection(_ view: ReadingView, in area: Rect, into surface: inout Surface) {
        guard let selection = view.selection else { return }
        for row in selection.rows(in: area) {
            surface.setOverlay(
                .selectedText, in: Rect(x: row.columns.lowerBound, y: row.y, width: row.columns.count, height: 1))
        }
    }

    static func lines(_ lines: [StyledLine], in area: Rect, into surface: inout Surface) {
        for (i, line) in lines.prefix(area.height).enumerated() {
            surface.put(line, x: area.x, y: area.y + i, limit: area.maxX)
        }
    }

    private static func rule(_ area: Rect, into surface: inout Surface, glyphs: Glyphs) {
        surface.put(
            String(repeating: glyphs.horizontal, count: max(0, area.width)), x: area.x, y: area.y, role: .border,
            limit: area.maxX)
    }

    private static func listWithDetail(
        _ rows: [StyledLine], selected: Int, view: ReadingView, content: Rect, into surface: inout Surface,
        glyphs: Glyphs
    ) {
        let parts = PaneGeometry.split(content, itemCount: rows.count)
        let first = PaneGeometry.firstListRow(selected: selected, count: rows.count, height: parts.list.height)
        for (offset, row) in rows.dropFirst(first).prefix(parts.list.height).enumerated() {
            let y = parts.list.y + offset
            let line = StyledText.truncated(row, width: parts.list.width, ellipsis: glyphs.ellipsis)
            surface.put(line, x: parts.list.x, y: y, limit: parts.list.maxX)
            if first + offset == selected {
                surface.setRole(
                    view.focused ? .selection : .dim,
                    in: Rect(x: parts.list.x, y: y, width: parts.list.width, height: 1))
            }
        }
        rule(parts.rule, into: &surface, glyphs: glyphs)
        ListWindow(first: first, height: parts.list.height, total: rows.count).drawMarks(
            on: parts.rule, into: &surface, glyphs: glyphs)
        let scroller = PaneContent.scroller(view.content, width: parts.detail.width)
        lines(
            scroller?.visible(from: view.anchor ?? .top, height: parts.detail.height) ?? [], in: parts.detail,
            into: &surface)
        drawSelection(view, in: parts.detail, into: &surface)
    }
}
