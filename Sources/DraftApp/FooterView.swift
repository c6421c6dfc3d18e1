import DraftCore

/// The bottom line: a status message (Saved, errors with their HTTP status) and the key hints
/// for where the focus is, taken from the key table; or the prompt that asks something.
enum FooterView {
    static func draw(_ state: AppState, into surface: inout Surface, area: Rect, glyphs: Glyphs) {
        surface.fill(area, role: .footer)
        if let prompt = state.prompt {
            drawPrompt(prompt, state: state, into: &surface, area: area, glyphs: glyphs)
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

    /// Where a prompt's parts lie on the line: its text field, if it takes text, and each answer,
    /// so that drawing and a click on an answer agree.
    struct PromptLayout {
        var input: Rect?
        /// After the input: what a find says of its matches ("3/12").
        var detailX: Int
        var answers: [(key: Character, columns: Range<Int>)]
    }

    static func layout(_ prompt: Prompt, area: Rect) -> PromptLayout {
        var x = area.x + DisplayWidth.of(" " + prompt.question + " ")
        var input: Rect? = nil
        if prompt.input != nil {
            // The text field gets its room first: a long question is cut, never the field.
            let width = min(40, max(10, area.width / 3))
            x = min(x, area.maxX - width)
            input = Rect(x: max(area.x, x), y: area.y, width: min(width, area.width), height: 1)
            x = max(area.x, x) + width + 1
        }
        let detailX = x
        var answers: [(key: Character, columns: Range<Int>)] = []
        for answer in prompt.answers {
            let width = DisplayWidth.of(" " + String(answer.key)) + DisplayWidth.of(" " + answer.label + " ")
            answers.append((answer.key, x..<(x + width)))
            x += width
        }
        return PromptLayout(input: input, detailX: detailX, answers: answers)
    }

    /// A prompt takes the whole line: the question, the text typed (with the cursor), then each
    /// answer's key and meaning.
    private static func drawPrompt(_ prompt: Prompt, state: AppState, into surface: inout Surface, area: Rect, glyphs: Glyphs) {
        surface.fill(area, role: .prompt)
        let layout = layout(prompt, area: area)
        surface.put(" " + prompt.question + " ", x: area.x, y: area.y, role: .prompt, limit: layout.input?.x ?? area.maxX)
        if let input = prompt.input, let field = layout.input, !field.isEmpty {
            surface.fill(field, role: .normal)
            EditorView.drawSingleLine(input, find: nil, spelling: nil, focused: true, in: field, into: &surface, glyphs: glyphs)
        }
        var x = layout.detailX
        if case .find? = state.prompt, let find = state.find {
            x = surface.put(" " + find.summary + " ", x: x, y: area.y, role: find.total == 0 ? .statusError : .prompt, limit: area.maxX)
        }
        for (answer, place) in zip(prompt.answers, layout.answers) {
            x = surface.put(" " + String(answer.key), x: max(x, place.columns.lowerBound), y: area.y, role: .footerKey)
            x = surface.put(" " + answer.label + " ", x: x, y: area.y, role: .footer)
        }
        let hints = prompt.keyHints + (prompt.answers.contains { $0.key == "c" } || !prompt.keyHints.isEmpty ? [] : [("Esc", "cancel")])
        for hint in hints {
            x = surface.put(" " + hint.key, x: x, y: area.y, role: .footerKey)
            x = surface.put(" " + hint.label + " ", x: x, y: area.y, role: .footer)
        }
    }
}
