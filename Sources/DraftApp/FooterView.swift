import DraftCore

/// The bottom line: a status message (Saved, errors with their HTTP status) and the key hints
/// for where the focus is, taken from the key table.
enum FooterView {
    static func draw(_ state: AppState, into surface: inout Surface, area: Rect) {
        surface.fill(area, role: .footer)
        if let prompt = state.prompt {
            drawPrompt(prompt, into: &surface, area: area)
            return
        }
        var x = area.x
        if let status = state.status {
            x = surface.put(" " + status.text + " ", x: x, y: area.y, role: status.isError ? .statusError : .statusOK)
            x += 1
        }
        var seen = Set<String>()
        for binding in KeyTable.hints(for: state) {
            let key = binding.keys[0].label
            guard seen.insert(key).inserted else { continue }
            let hint = binding.hint ?? binding.summary
            let width = DisplayWidth.of(key) + DisplayWidth.of(hint) + 3
            guard x + width <= area.maxX else { break }
            x = surface.put(" " + key, x: x, y: area.y, role: .footerKey)
            x = surface.put(" " + hint + " ", x: x, y: area.y, role: .footer)
        }
    }

    /// A prompt takes the whole line: the question, then each answer's key and meaning.
    private static func drawPrompt(_ prompt: Prompt, into surface: inout Surface, area: Rect) {
        surface.fill(area, role: .prompt)
        var x = surface.put(" " + prompt.question + " ", x: area.x, y: area.y, role: .prompt)
        for answer in prompt.answers {
            x = surface.put(" " + String(answer.key), x: x, y: area.y, role: .footerKey)
            x = surface.put(" " + answer.label + " ", x: x, y: area.y, role: .footer)
        }
        if !prompt.answers.contains(where: { $0.key == "c" }) {
            x = surface.put(" Esc", x: x, y: area.y, role: .footerKey)
            surface.put(" cancel ", x: x, y: area.y, role: .footer)
        }
    }
}
