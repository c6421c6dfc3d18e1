import DraftCore

/// The top line: on the left what is open (title, short id), on the right its state (the
/// modified marker, the busy indicator). The two are regions of their own for the render cache:
/// a spinner frame redraws one cell's worth, not the title.
enum HeaderView {
    /// The state side, right-aligned.
    static func status(_ state: AppState, glyphs: Glyphs) -> StyledLine {
        var right: StyledLine = []
        if state.isDirty { right.append(Span(" \(glyphs.bullet) modified ", .headerModified)) }
        if let task = state.taskStatus {
            let frame = glyphs.spinner[state.spinnerFrame % glyphs.spinner.count]
            right.append(Span(" \(frame) \(task.label) ", .headerBusy))
        }
        return right
    }

    /// Where the two sides go on the header line.
    static func areas(_ area: Rect, status: StyledLine) -> (identity: Rect, status: Rect) {
        let width = min(area.width, status.reduce(0) { $0 + DisplayWidth.of($1.text) })
        return (Rect(x: area.x, y: area.y, width: area.width - width, height: 1), Rect(x: area.maxX - width, y: area.y, width: width, height: 1))
    }

    static func drawIdentity(_ state: AppState, into surface: inout Surface, area: Rect, glyphs: Glyphs) {
        surface.fill(area, role: .header)
        var left: StyledLine = [Span(" puffle-draft ", .header)]
        if let session = state.base {
            let title = state.editors[.title]?.text ?? session.title ?? ""
            left.append(Span(" " + StyledText.singleLine(title.isEmpty ? "untitled" : title) + " ", .header))
            left.append(Span(" \(session.id.prefix(8)) ", .header))
        } else if let picker = state.picker {
            left.append(Span(" campaign \(picker.campaignID.prefix(8)) ", .header))
        }
        let limit = max(0, area.width - 1) // a blank column before the state side
        surface.put(StyledText.truncated(left, width: limit, ellipsis: glyphs.ellipsis), x: area.x, y: area.y, limit: area.x + limit)
    }

    static func drawStatus(_ status: StyledLine, into surface: inout Surface, area: Rect) {
        surface.fill(area, role: .header)
        surface.put(status, x: area.x, y: area.y, limit: area.maxX)
    }
}
