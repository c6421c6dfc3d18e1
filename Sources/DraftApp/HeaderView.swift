import DraftCore

/// The top line: title, short id, the modified marker and the busy indicator.
enum HeaderView {
    static func draw(_ state: AppState, into surface: inout Surface, area: Rect, glyphs: Glyphs) {
        surface.fill(area, role: .header)
        var right: StyledLine = []
        if let task = state.taskStatus {
            let frame = glyphs.spinner[state.spinnerFrame % glyphs.spinner.count]
            right = [Span(" \(frame) \(task.label) ", .headerBusy)]
        }
        if state.isDirty { right.insert(Span(" \(glyphs.bullet) modified ", .headerModified), at: 0) }
        let rightWidth = DisplayWidth.of(right.map(\.text).joined())
        var left: StyledLine = [Span(" puffle-draft ", .header)]
        if let session = state.base {
            let title = state.editors[.title]?.text ?? session.title ?? ""
            left.append(Span(" " + StyledText.singleLine(title.isEmpty ? "untitled" : title) + " ", .header))
            left.append(Span(" \(session.id.prefix(8)) ", .header))
        } else if let picker = state.picker {
            left.append(Span(" campaign \(picker.campaignID.prefix(8)) ", .header))
        }
        let leftLimit = max(0, area.width - rightWidth - 1)
        surface.put(StyledText.truncated(left, width: leftLimit, ellipsis: glyphs.ellipsis), x: area.x, y: area.y, limit: leftLimit)
        surface.put(right, x: area.maxX - rightWidth, y: area.y)
    }
}
