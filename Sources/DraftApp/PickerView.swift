import Foundation
import DraftCore

/// The `--campaign` list: title, last update, busy state and message count per session.
enum PickerView {
    static func draw(_ state: AppState, into surface: inout Surface, glyphs: Glyphs) {
        guard let picker = state.picker else { return }
        let area = Rect(x: 0, y: 1, width: surface.width, height: surface.height - 2)
        PaneFrame.titledBox(area, title: " Sessions of campaign \(picker.campaignID.prefix(8)) ", titleRole: .paneTitleFocused,
                            into: &surface, glyphs: glyphs)
        let inner = area.inset(by: 1)
        guard let sessions = picker.sessions else {
            surface.put(picker.error ?? "Loading sessions…", x: inner.x + 1, y: inner.y, role: picker.error == nil ? .dim : .statusError,
                        limit: inner.maxX)
            return
        }
        if sessions.isEmpty {
            surface.put("This campaign has no AI chat sessions yet.", x: inner.x + 1, y: inner.y, role: .placeholder, limit: inner.maxX)
            return
        }
        let first = max(0, picker.selected - inner.height + 1)
        for (offset, session) in sessions.dropFirst(first).prefix(inner.height).enumerated() {
            let y = inner.y + offset
            // Columns by importance; a narrow terminal drops the least important first.
            let updated = String((session.updatedAt ?? "").replacingOccurrences(of: "T", with: " ").prefix(16))
            let count = session.messageCount
            var columns: [Span] = []
            var room = inner.width - 2 - 12 // the title keeps at least 12 cells
            for column in [session.taskStatus.map { Span("\(glyphs.bullet) \($0.label)", .headerBusy) },
                           Span(updated, .dim), Span("\(count) message\(count == 1 ? "" : "s")", .dim)].compactMap({ $0 }) {
                let width = DisplayWidth.of(column.text) + 2
                guard width <= room else { continue }
                columns.append(column)
                room -= width
            }
            let columnsWidth = columns.reduce(0) { $0 + DisplayWidth.of($1.text) + 2 }
            let title = session.title.map { StyledText.singleLine($0) } ?? "untitled"
            surface.put(StyledText.truncated([Span(title, session.title == nil ? .placeholder : .normal)],
                                             width: inner.width - 2 - columnsWidth, ellipsis: glyphs.ellipsis),
                        x: inner.x + 1, y: y, limit: inner.maxX)
            var x = inner.maxX - columnsWidth
            for column in columns {
                x = surface.put("  ", x: x, y: y, role: .normal)
                x = surface.put(column.text, x: x, y: y, role: column.role, limit: inner.maxX)
            }
            if first + offset == picker.selected {
                surface.setRole(.selection, in: Rect(x: inner.x, y: y, width: inner.width, height: 1))
            }
        }
        if let error = picker.error {
            surface.put(error, x: inner.x + 1, y: inner.maxY - 1, role: .statusError, limit: inner.maxX)
        }
    }
}
