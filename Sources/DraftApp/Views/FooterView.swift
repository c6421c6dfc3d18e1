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
        let hints = hints(state)
        if let status = state.status ?? (explainsCampaignDiffers(state) ? StatusMessage(PickerRow.differsExplained) : nil) {
            // A message leaves the line's last part to the keys, so the hints are never pushed off
            // it; an error may take the whole line, to be read whole, until it goes (10 s).
            let limit = status.isError ? area.maxX : max(area.x + 1, area.maxX - DisplayWidth.of(moreKeys) - 1)
            let text = StyledText.truncated([Span(" " + status.text + " ", status.isError ? .statusError : .statusOK)],
                                            width: limit - area.x, ellipsis: glyphs.ellipsis)
            x = surface.put(text, x: x, y: area.y, limit: limit) + 1
        }
        // When not all fit, "F1 more keys" at the end says what "F1 help" would.
        let room = area.maxX - x
        let all = hints.reduce(0) { $0 + DisplayWidth.of($1.key) + DisplayWidth.of($1.hint) + 3 }
        let shown = all <= room ? hints : hints.filter { $0.key != "F1" }
        // The last room goes to "F1 more keys" when the rest do not fit, so no key is out of reach.
        let reserve = all <= room ? 0 : DisplayWidth.of(moreKeys)
        for hint in shown {
            let width = DisplayWidth.of(hint.key) + DisplayWidth.of(hint.hint) + 3
            guard x + width + reserve <= area.maxX else {
                x = surface.put(" F1", x: x, y: area.y, role: .footerKey)
                surface.put(" more keys ", x: x, y: area.y, role: .footer, limit: area.maxX)
                break
            }
            x = surface.put(" " + hint.key, x: x, y: area.y, role: .footerKey)
            x = surface.put(" " + hint.hint + " ", x: x, y: area.y, role: .footer)
        }
    }

    private static let moreKeys = " F1 more keys "

    /// The key hints for where the focus is, each key once.
    static func hints(_ state: AppState) -> [(key: String, hint: String)] {
        var seen = Set<String>()
        return KeyTable.hints(for: state).compactMap { binding in
            let key = binding.keys[0].label
            return seen.insert(key).inserted ? (key, binding.hint ?? binding.summary) : nil
        }
    }

    /// On the campaign's list, while a row says "campaign differs", the footer says what it means.
    static func explainsCampaignDiffers(_ state: AppState) -> Bool {
        state.screen == .list && state.campaign?.anEmailDiffers == true
    }

    /// Where a prompt's parts lie on the line: its text field, if it takes text, and each answer,
    /// so that drawing and a click on an answer agree.
    struct PromptLayout {
        var input: Rect?
        /// After the input: what a find says of its matches ("3/12").
        var detailX: Int
        var answers: [(answer: PromptAnswer, columns: Range<Int>)]
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
        var answers: [(answer: PromptAnswer, columns: Range<Int>)] = []
        for choice in prompt.answers {
            let width = DisplayWidth.of(" " + String(choice.key)) + DisplayWidth.of(" " + choice.label + " ")
            answers.append((choice.answer, x..<(x + width)))
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
