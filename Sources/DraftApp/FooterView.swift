import DraftCore

/// The bottom line: a status message (Saved, errors with their HTTP status) and the key hints
/// for where the focus is, taken from the key table.
enum FooterView {
    static func draw(_ state: AppState, into surface: inout Surface, area: Rect) {
        surface.fill(area, role: .footer)
        var x = area.x
        if let status = state.status {
            x = surface.put(" " + status.text + " ", x: x, y: area.y, role: status.isError ? .statusError : .statusOK)
            x += 1
        }
        var seen = Set<String>()
        for binding in KeyTable.hints(for: state) {
            let key = binding.keys[0].label
            guard seen.insert(key).inserted else { continue }
            let width = DisplayWidth.of(key) + DisplayWidth.of(binding.summary) + 3
            guard x + width <= area.maxX else { break }
            x = surface.put(" " + key, x: x, y: area.y, role: .footerKey)
            x = surface.put(" " + binding.summary + " ", x: x, y: area.y, role: .footer)
        }
    }
}
