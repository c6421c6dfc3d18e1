import DraftCore

/// The bottom line: a status message (Saved, errors with their HTTP status) and the key hints
/// for where the focus is, taken from the key table; or the prompt that asks something.
enum FooterView {
    /// Everything the line is drawn from, and what the render cache compares: the view reads
    /// nothing else. The hints come from the key contexts through the key table, which is constant.
    struct Input: Equatable {
        var status: StatusMessage?
        var contexts: [KeyContext]
        var prompt: PromptLine?
    }

    /// A prompt as the line shows it.
    struct PromptLine: Equatable {
        var question: String
        /// Said after the question when the last key was not an answer ("“h” is not an answer").
        var refusal: String?
        var input: TextBuffer?
        /// What a find says of its matches, and whether that is "no match".
        var summary: String?
        var summaryIsError = false
        /// Whether the line keeps room for a find's count, whether or not there is one yet.
        var countsMatches = false
        var answers: [PromptChoice]
        var keyHints: [KeyHint]
    }

    /// A key and what it does, as a hint.
    struct KeyHint: Equatable {
        var key: String
        var label: String
    }

    static func input(_ state: AppState) -> Input {
        let status = state.status ?? (explainsCampaignDiffers(state) ? StatusMessage(PickerRow.differsExplained) : nil)
        return Input(status: status, contexts: KeyTable.contexts(for: state), prompt: promptLine(state))
    }

    /// The open prompt as the line shows it, if one is open: what drawing and a click read.
    static func promptLine(_ state: AppState) -> PromptLine? {
        guard let asked = state.prompt else { return nil }
        let countsMatches = if case .find = asked { true } else { false }
        let find = countsMatches ? state.find : nil
        return PromptLine(
            question: asked.question, refusal: state.promptRefused.map { "\($0) is not an answer" },
            input: asked.input, summary: find?.summary, summaryIsError: find?.total == 0, countsMatches: countsMatches,
            answers: asked.answers, keyHints: keyHints(of: asked))
    }

    static func draw(_ input: Input, into surface: inout Surface, area: Rect, glyphs: Glyphs) {
        surface.fill(area, role: .footer)
        if let prompt = input.prompt {
            drawPrompt(prompt, into: &surface, area: area, glyphs: glyphs)
            return
        }
        var x = area.x
        let hints = hints(KeyTable.hints(for: input.contexts))
        if let status = input.status {
            // A message leaves the line's last part to the keys, so the hints are never pushed off
            // it; an error may take the whole line, to be read whole, until it goes (10 s).
            let limit = status.isError ? area.maxX : max(area.x + 1, area.maxX - DisplayWidth.of(moreKeys) - 1)
            let text = StyledText.truncated(
                [Span(" " + status.text + " ", status.isError ? .statusError : .statusOK)],
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

    /// The key hints of some bindings, each key once.
    static func hints(_ bindings: [KeyBinding]) -> [(key: String, hint: String)] {
        var seen = Set<String>()
        return bindings.compactMap { binding in
            let key = binding.keys[0].label
            return seen.insert(key).inserted ? (key, binding.hint ?? binding.summary) : nil
        }
    }

    /// On the campaign's list, while a row says "campaign differs", the footer says what it means.
    static func explainsCampaignDiffers(_ state: AppState) -> Bool {
        state.screen == .list && state.campaign?.anEmailDiffers == true
    }

    /// The keys a prompt shows after its answers; Esc when what it does is not an answer shown
    /// already (on the recovery question it starts from the server's version, the `n` shown).
    static func keyHints(of prompt: Prompt) -> [KeyHint] {
        let escape = prompt.answer(for: .escape)
        let shown = prompt.answers.contains { $0.answer == escape || $0.answer == .cancel || $0.answer == .dismiss }
        let hints = prompt.keyHints + (shown || !prompt.keyHints.isEmpty ? [] : [("Esc", "cancel")])
        return hints.map { KeyHint(key: $0.key, label: $0.label) }
    }

    /// Where a prompt's parts lie on the line: its text field, if it takes text, and each answer
    /// with the words it shows, so that drawing and a click on an answer agree. Every answer's key
    /// always shows: the answers' words are shortened first (their parenthesis, then all but the
    /// first word, then all), then the question is cut, never a key.
    struct PromptLayout {
        var input: Rect?
        /// After the input: what a find says of its matches ("3/12").
        var detailX: Int
        var answers: [(answer: PromptAnswer, columns: Range<Int>)]
        /// The words shown beside each answer's key.
        var labels: [String]
        /// How much of the question shows.
        var questionWidth: Int
    }

    /// The cells kept after a find's field for its count ("12/345", "no match"), so the hints
    /// after it keep their place as the count changes.
    static let matchCountRoom = 10

    /// Where the parts of `line` lie in `area`, as drawn: a refusal said after the question
    /// moves the answers along with it.
    static func layout(_ line: PromptLine, area: Rect) -> PromptLayout {
        layout(
            question: line.question + (line.refusal.map { "  " + $0 } ?? ""), takesInput: line.input != nil,
            countsMatches: line.countsMatches, answers: line.answers, hints: line.keyHints, area: area)
    }

    private static func layout(
        question: String, takesInput: Bool, countsMatches: Bool, answers choices: [PromptChoice], hints: [KeyHint],
        area: Rect
    ) -> PromptLayout {
        let hintsWidth =
            hints.reduce(0) { $0 + DisplayWidth.of(" " + $1.key) + DisplayWidth.of(" " + $1.label + " ") }
            + (countsMatches ? matchCountRoom : 0)
        func width(_ labels: [String]) -> Int {
            zip(choices, labels).reduce(0) {
                $0 + DisplayWidth.of(" " + String($1.0.key)) + DisplayWidth.of(" " + $1.1 + " ")
            }
        }
        var labels = choices.map(\.label)
        let questionWanted = DisplayWidth.of(" " + question + " ")
        // The text field narrows (to 10 cells) before the hints after it lose their room.
        let field =
            takesInput ? max(10, min(40, area.width / 3, area.width - hintsWidth - min(questionWanted, 8) - 1)) : 0
        let fieldWidth = takesInput ? field + 1 : 0
        let shortenings: [(String) -> String] = [
            { $0 },
            { label in label.split(separator: "(").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? label },
            { label in label.split(separator: " ").first.map(String.init) ?? label },
            { _ in "" }
        ]
        // The whole question with the longest words that fit beside it; else the longest words
        // that leave the question a readable start; else the keys alone.
        let tried = shortenings.map { shorten in choices.map { shorten($0.label) } }
        labels =
            tried.first { questionWanted + width($0) + hintsWidth + fieldWidth <= area.width }
            ?? tried.first { width($0) + hintsWidth + fieldWidth + min(questionWanted, 24) <= area.width }
            ?? tried[tried.count - 1]
        let questionWidth = max(0, min(questionWanted, area.width - width(labels) - hintsWidth - fieldWidth))
        var x = area.x + questionWidth
        var input: Rect? = nil
        if takesInput {
            // The text field gets its room first: a long question is cut, never the field.
            let width = field
            x = min(x, area.maxX - width)
            input = Rect(x: max(area.x, x), y: area.y, width: min(width, area.width), height: 1)
            x = max(area.x, x) + width + 1
        }
        let detailX = x
        var answers: [(answer: PromptAnswer, columns: Range<Int>)] = []
        for (choice, label) in zip(choices, labels) {
            let width =
                DisplayWidth.of(" " + String(choice.key)) + (label.isEmpty ? 1 : DisplayWidth.of(" " + label + " "))
            answers.append((choice.answer, x..<(x + width)))
            x += width
        }
        return PromptLayout(
            input: input, detailX: detailX, answers: answers, labels: labels, questionWidth: questionWidth)
    }

    /// A prompt takes the whole line: the question, the text typed (with the cursor), then each
    /// answer's key and meaning.
    private static func drawPrompt(_ prompt: PromptLine, into surface: inout Surface, area: Rect, glyphs: Glyphs) {
        surface.fill(area, role: .prompt)
        let refusal = prompt.refusal.map { [Span(" " + $0 + " ", .statusError)] } ?? []
        let layout = layout(prompt, area: area)
        let question = StyledText.truncated(
            [Span(" " + prompt.question + " ", .prompt)] + refusal, width: layout.questionWidth,
            ellipsis: glyphs.ellipsis)
        surface.put(question, x: area.x, y: area.y, limit: layout.input?.x ?? area.maxX)
        if let input = prompt.input, let field = layout.input, !field.isEmpty {
            surface.fill(field, role: .normal)
            EditorView.drawSingleLine(
                input, find: nil, spelling: nil, focused: true, in: field, into: &surface, glyphs: glyphs)
        }
        var x = layout.detailX
        if let summary = prompt.summary {
            x = surface.put(
                " " + summary + " ", x: x, y: area.y, role: prompt.summaryIsError ? .statusError : .prompt,
                limit: area.maxX)
        }
        for ((answer, place), label) in zip(zip(prompt.answers, layout.answers), layout.labels) {
            x = surface.put(" " + String(answer.key), x: max(x, place.columns.lowerBound), y: area.y, role: .footerKey)
            x = surface.put(label.isEmpty ? " " : " " + label + " ", x: x, y: area.y, role: .footer)
        }
        if prompt.countsMatches { x = max(x, layout.detailX + matchCountRoom) }
        // A hint shows whole or not at all: never cut in the middle of a word.
        for hint in prompt.keyHints {
            guard x + DisplayWidth.of(" " + hint.key + " " + hint.label + " ") <= area.maxX else { break }
            x = surface.put(" " + hint.key, x: x, y: area.y, role: .footerKey)
            x = surface.put(" " + hint.label + " ", x: x, y: area.y, role: .footer)
        }
    }
}
