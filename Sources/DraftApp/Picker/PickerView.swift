import Foundation
import DraftCore
import PuffleAPI

/// The campaign's list: its emails in order (place, type, the wait before it, the subject) and
/// each one's session (title, messages, busy, unsaved edits, whether the campaign's email has its
/// draft), or "no session yet".
enum PickerView {
    /// What the list holds, said by kind ("3 emails · 1 other session"): a bare total would count
    /// a session whose email left the sequence as one more email.
    static func countLabel(_ rows: [PickerRow]) -> String? {
        func counted(_ count: Int, _ noun: String) -> String? {
            count == 0 ? nil : "\(count) \(noun)\(count == 1 ? "" : "s")"
        }
        var emails = 0, sessions = 0
        for row in rows {
            switch row {
            case .email: emails += 1
            case .session: sessions += 1
            case .heading: break
            }
        }
        let parts = [counted(emails, "email"), counted(sessions, emails == 0 ? "session" : "other session")]
        let label = parts.compactMap { $0 }.joined(separator: " · ")
        return label.isEmpty ? nil : label
    }

    static func draw(_ state: AppState, into surface: inout Surface, glyphs: Glyphs) {
        guard let picker = state.picker, let campaign = state.campaign else { return }
        let area = Rect(x: 0, y: 1, width: surface.width, height: surface.height - 2)
        let name = campaign.campaign?.name.map { "\"\(StyledText.singleLine($0))\"" } ?? String(campaign.id.prefix(8))
        let what = campaign.messageNodes.isEmpty ? "Sessions" : "Emails"
        let status = campaign.campaign?.status.map { " (\(StyledText.singleLine($0)))" } ?? ""
        let loaded = campaign.sessions != nil || campaign.campaign != nil
        let rows = loaded ? PickerRow.rows(campaign) : []
        let selectable = rows.indices.filter { rows[$0].isSelectable }
        let counted = countLabel(rows).map { " · " + $0 } ?? ""
        PaneFrame.titledBox(
            area, title: " \(what) of campaign \(name)\(status)\(counted) ", titleRole: .paneTitleFocused,
            into: &surface, glyphs: glyphs)
        let inner = area.inset(by: 1)
        guard loaded else {
            let message = picker.error ?? campaign.sessionsError ?? "Loading the campaign…"
            surface.put(
                message, x: inner.x + 1, y: inner.y, role: picker.error == nil ? .dim : .statusError, limit: inner.maxX)
            return
        }
        if rows.isEmpty {
            surface.put(
                "This campaign has no AI chat sessions yet.", x: inner.x + 1, y: inner.y, role: .placeholder,
                limit: inner.maxX)
            return
        }
        let selectedRow = selectable.indices.contains(picker.selected) ? selectable[picker.selected] : -1
        let listHeight = inner.height - (picker.error == nil ? 0 : 1)
        let first = max(0, selectedRow - listHeight + 1)
        let columns = EmailColumns(rows)
        for (offset, row) in rows.dropFirst(first).prefix(listHeight).enumerated() {
            let y = inner.y + offset
            draw(
                row, columns: columns, state: state, at: Rect(x: inner.x + 1, y: y, width: inner.width - 2, height: 1),
                into: &surface,
                glyphs: glyphs)
            if first + offset == selectedRow {
                surface.setRole(.selection, in: Rect(x: inner.x, y: y, width: inner.width, height: 1))
            }
        }
        let window = ListWindow(first: first, height: listHeight, total: rows.count)
        if let mark = window.aboveMark(glyphs) {
            surface.put(mark, x: area.maxX - 2 - DisplayWidth.of(mark), y: area.y, role: .label, limit: area.maxX - 1)
        }
        if let mark = window.belowMark(glyphs) {
            surface.put(
                mark, x: area.maxX - 2 - DisplayWidth.of(mark), y: area.maxY - 1, role: .label, limit: area.maxX - 1)
        }
        if let error = picker.error {
            surface.put(error, x: inner.x + 1, y: inner.maxY - 1, role: .statusError, limit: inner.maxX)
        }
    }

    /// The widths of the type and wait columns, so that the subjects line up.
    private struct EmailColumns {
        var type = 0, wait = 0

        init(_ rows: [PickerRow]) {
            for case .email(let place, let node, let wait, _) in rows {
                type = max(type, DisplayWidth.of(PickerView.typeName(node)))
                self.wait = max(self.wait, DisplayWidth.of(PickerRow.waitText(minutes: wait, place: place)))
            }
        }
    }

    static func typeName(_ node: SequenceNode) -> String {
        StyledText.singleLine(node.type.replacing(where: { $0 == "_" }, with: " "))
    }

    private static func draw(
        _ row: PickerRow, columns widths: EmailColumns, state: AppState, at area: Rect, into surface: inout Surface,
        glyphs: Glyphs
    ) {
        switch row {
        case .heading(let text):
            surface.put(text, x: area.x, y: area.y, role: .label, limit: area.maxX)
        case .session(let session):
            let facts = columns(of: session, node: nil, state: state, glyphs: glyphs)
            line(
                lead: [], main: title(of: session), marks: facts.marks, extras: facts.extras, at: area, into: &surface,
                glyphs: glyphs)
        case .email(let place, let node, let wait, let session):
            let lead: StyledLine = [
                Span(place.rightAligned(width: 2) + " ", .dim),
                Span(typeName(node).padded(toWidth: widths.type + 2), .label),
                Span(PickerRow.waitText(minutes: wait, place: place).padded(toWidth: widths.wait + 2), .dim)
            ]
            let subject = node.hasSubject ? (node.subject ?? "") : (node.body ?? "")
            let main: StyledLine =
                subject.isEmpty
                ? [Span("(empty)", .placeholder)]
                : TemplateHighlighter.line(StyledText.singleLine(subject))
            guard let session else {
                line(
                    lead: lead, main: main, marks: [Span("no session yet", .placeholder)], extras: [], at: area,
                    into: &surface, glyphs: glyphs)
                return
            }
            let facts = columns(of: session, node: node, state: state, glyphs: glyphs)
            line(
                lead: lead, main: main, title: title(of: session), marks: facts.marks, extras: facts.extras, at: area,
                into: &surface,
                glyphs: glyphs)
        }
    }

    /// The session's title; for a session whose id is not a UUID, that id made visible instead:
    /// such a row is broken and cannot be opened.
    private static func title(of session: Session) -> StyledLine {
        guard session.hasValidID else {
            return [Span("broken: its id \(SessionID.shown(session.id)) is not a UUID", .statusError)]
        }
        return [
            Span(session.title.map(StyledText.singleLine) ?? "untitled", session.title == nil ? .placeholder : .normal)
        ]
    }

    /// A session's facts: the marks that must show (unsaved edits, a running task, the campaign's
    /// email against it), then what a narrow screen may drop (its messages, then when it changed).
    private static func columns(of session: Session, node: SequenceNode?, state: AppState, glyphs: Glyphs)
        -> (marks: [Span], extras: [Span])
    {
        var marks: [Span] = []
        if state.campaign?.unsavedSessions.contains(session.id) == true {
            marks.append(Span("\(glyphs.bullet) unsaved", .headerModified))
        }
        if let task = session.taskStatus { marks.append(Span("\(glyphs.bullet) \(task.label)", .headerBusy)) }
        if let node {
            marks.append(
                node.changes(toDraftOf: session).isEmpty
                    ? Span("\(glyphs.ok) in campaign", .statusOK)
                    : Span("campaign differs", .dim))
        }
        let updated = String((session.updatedAt ?? "").replacing(where: { $0 == "T" }, with: " ").prefix(16))
        let count = session.messageCount
        return (marks, [Span("\(count) message\(count == 1 ? "" : "s")", .dim), Span(updated, .dim)])
    }

    /// The lead and main text on the left; on the right the session's title (cut to fit, never
    /// dropped), its marks (always), and the extras as far as they fit. A long title used to push
    /// every column off the row, the "unsaved" mark with it.
    private static func line(
        lead: StyledLine, main: StyledLine, title: StyledLine = [], marks: [Span], extras: [Span], at area: Rect,
        into surface: inout Surface, glyphs: Glyphs
    ) {
        let leadWidth = lead.reduce(0) { $0 + DisplayWidth.of($1.text) }
        func width(_ spans: [Span]) -> Int { spans.reduce(0) { $0 + DisplayWidth.of($1.text) + 2 } }
        let marksWidth = width(marks)
        let titleWanted = title.isEmpty ? 0 : title.reduce(0) { $0 + DisplayWidth.of($1.text) } + 2
        // The subject or main text keeps at least 12 cells; the marks always show; the first extra
        // (the messages) too while the title keeps 10 cells; then the title, cut if it must; then
        // the extras that still fit.
        var room = area.width - leadWidth - 12 - marksWidth
        var kept: [Span] = []
        if let first = extras.first, room - (DisplayWidth.of(first.text) + 2) >= min(titleWanted, 10) {
            kept.append(first)
            room -= DisplayWidth.of(first.text) + 2
        }
        let titleWidth = max(0, min(titleWanted, room))
        room -= titleWidth
        for extra in extras.dropFirst(kept.count) {
            guard DisplayWidth.of(extra.text) + 2 <= room else { break }
            kept.append(extra)
            room -= DisplayWidth.of(extra.text) + 2
        }
        let right = titleWidth + marksWidth + width(kept)
        var x = surface.put(lead, x: area.x, y: area.y, limit: area.maxX)
        x = surface.put(
            StyledText.truncated(main, width: max(0, area.maxX - x - right), ellipsis: glyphs.ellipsis), x: x,
            y: area.y,
            limit: max(x, area.maxX - right))
        x = max(x, area.maxX - right)
        if titleWidth > 2 {
            x = surface.put("  ", x: x, y: area.y, role: .normal)
            x = surface.put(
                StyledText.truncated(title, width: titleWidth - 2, ellipsis: glyphs.ellipsis), x: x, y: area.y,
                limit: area.maxX)
        }
        for column in marks + kept {
            x = surface.put("  ", x: x, y: area.y, role: .normal)
            x = surface.put(column.text, x: x, y: area.y, role: column.role, limit: area.maxX)
        }
    }
}
