import Foundation
import DraftCore

/// The `--campaign` list: title, last update, busy state and message count per session.
enum PickerView {
    static func draw(_ state: AppState, into surface: inout Surface, glyphs: Glyphs) {
        guard let picker = state.picker else { return }
        let area = Rect(x: 0, y: 1, width: surface.width, height: surface.height - 2)
        let slot = ScreenLayout.Slot(pane: .title, frame: area, style: .boxed(tabs: []))
        PaneFrame.draw(slot, focused: true, into: &surface, glyphs: glyphs)
        surface.fill(Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: 1), role: .borderFocused, text: glyphs.horizontal)
        surface.put(" Sessions of campaign \(picker.campaignID.prefix(8)) ", x: area.x + 2, y: area.y, role: .paneTitleFocused,
                    limit: area.maxX - 2)
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
            let updated = (session.updatedAt ?? "").replacingOccurrences(of: "T", with: " ").prefix(16)
            let busy = session.taskStatus.map { "\(glyphs.bullet) \($0.label)" } ?? ""
            let count = session.messageCount
            let columns: StyledLine = [
                Span(" " + String(updated).padding(toLength: 18, withPad: " ", startingAt: 0), .dim),
                Span(String(count).leftPadded(4) + (count == 1 ? " message  " : " messages "), .dim),
                Span(busy.padding(toLength: 22, withPad: " ", startingAt: 0), .headerBusy),
            ]
            let title = session.title.map { StyledText.singleLine($0) } ?? "untitled"
            var x = surface.put(StyledText.truncated([Span(title, session.title == nil ? .placeholder : .normal)],
                                                      width: max(10, inner.width - 66), ellipsis: glyphs.ellipsis),
                                x: inner.x + 1, y: y, limit: inner.maxX)
            x = max(x, inner.x + max(12, inner.width - 64))
            surface.put(columns, x: x, y: y, limit: inner.maxX)
            if first + offset == picker.selected {
                surface.setRole(.selection, in: Rect(x: inner.x, y: y, width: inner.width, height: 1))
            }
        }
        if let error = picker.error {
            surface.put(error, x: inner.x + 1, y: inner.maxY - 1, role: .statusError, limit: inner.maxX)
        }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
