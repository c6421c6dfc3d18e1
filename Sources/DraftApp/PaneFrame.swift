import DraftCore

/// Borders, titles and tab strips. The focused pane gets a bold border and a reversed title,
/// which stays visible without colour.
enum PaneFrame {
    static func draw(_ slot: ScreenLayout.Slot, focused: Bool, into surface: inout Surface, glyphs: Glyphs) {
        let frame = slot.frame
        switch slot.style {
        case .inline(let labelWidth):
            let label = " " + slot.pane.label
            surface.fill(Rect(x: frame.x, y: frame.y, width: labelWidth, height: 1), role: focused ? .paneTitleFocused : .paneTitle)
            surface.put(label, x: frame.x, y: frame.y, role: focused ? .paneTitleFocused : .paneTitle, limit: frame.x + labelWidth - 1)
        case .boxed(let tabs):
            let border: StyleRole = focused ? .borderFocused : .border
            box(frame, role: border, into: &surface, glyphs: glyphs)
            let titles = tabs.isEmpty ? [slot.pane] : tabs
            var x = frame.x + 2
            let limit = frame.maxX - 2
            let compact = titles.reduce(0) { $0 + DisplayWidth.of($1.label) + 3 } > limit - x
            for pane in titles {
                let isShown = pane == slot.pane
                let text = " " + (isShown || !compact ? pane.label : String(pane.rawValue)) + " "
                let role: StyleRole = isShown ? (focused ? .paneTitleFocused : .paneTitle) : .tab
                x = surface.put(text, x: x, y: frame.y, role: role, limit: limit)
                if pane != titles.last { x = surface.put(glyphs.horizontal, x: x, y: frame.y, role: border, limit: limit) }
            }
        }
    }

    /// A bordered rectangle.
    static func box(_ frame: Rect, role: StyleRole, into surface: inout Surface, glyphs: Glyphs) {
        let horizontal = glyphs.horizontal.unicodeScalars.first!, vertical = glyphs.vertical.unicodeScalars.first!
        let inner = max(0, frame.width - 2)
        surface.put(glyphs.topLeft, x: frame.x, y: frame.y, role: role)
        surface.repeated(horizontal, count: inner, x: frame.x + 1, y: frame.y, role: role)
        surface.put(glyphs.topRight, x: frame.maxX - 1, y: frame.y, role: role)
        for y in (frame.y + 1)..<max(frame.y + 1, frame.maxY - 1) {
            surface.repeated(vertical, count: 1, x: frame.x, y: y, role: role)
            surface.repeated(vertical, count: 1, x: frame.maxX - 1, y: y, role: role)
        }
        surface.put(glyphs.bottomLeft, x: frame.x, y: frame.maxY - 1, role: role)
        surface.repeated(horizontal, count: inner, x: frame.x + 1, y: frame.maxY - 1, role: role)
        surface.put(glyphs.bottomRight, x: frame.maxX - 1, y: frame.maxY - 1, role: role)
    }

    /// A focused box with a title of its own (the help and diff overlays, the session list).
    static func titledBox(_ frame: Rect, title: String, titleRole: StyleRole, into surface: inout Surface, glyphs: Glyphs) {
        box(frame, role: .borderFocused, into: &surface, glyphs: glyphs)
        surface.put(title, x: frame.x + 2, y: frame.y, role: titleRole, limit: frame.maxX - 2)
    }
}
