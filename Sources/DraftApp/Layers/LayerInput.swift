import DraftCore

/// Input through the layers, top first: each layer consumes an event (with its effects) or
/// passes it to the one beneath. Only a box shown for a prompt passes anything: the prompt
/// beneath gets the keys the box does not use; and a copy finding's line, which asks nothing,
/// closes on a key or paste that is not one of its own and lets the screen have it. Every other
/// layer consumes what reaches it, so nothing typed, pasted or clicked lands behind what the
/// user is looking at.
enum LayerInput {
    /// What a layer did with an event.
    enum Handling {
        case consumed([Effect])
        case passed
    }

    static func key(_ key: Key, state: inout AppState) -> [Effect] {
        // Only Ctrl-K after Ctrl-K, on the screen itself, gathers lines (see the screen's case).
        if case .screen = state.topLayer {} else { state.gathersCutLines = false }
        return dispatch(state: &state) { layer, state in handle(key, on: layer, state: &state) }
    }

    static func paste(_ text: String, state: inout AppState) -> [Effect] {
        dispatch(state: &state) { layer, state in handle(paste: text, on: layer, state: &state) }
    }

    static func mouse(_ event: MouseEvent, state: inout AppState) -> [Effect] {
        dispatch(state: &state) { layer, state in handle(event, on: layer, state: &state) }
    }

    private static func dispatch(state: inout AppState, _ handle: (Layer, inout AppState) -> Handling) -> [Effect] {
        for layer in state.layers {
            if case .consumed(let effects) = handle(layer, &state) { return effects }
        }
        return []
    }

    private static func handle(_ key: Key, on layer: Layer, state: inout AppState) -> Handling {
        switch layer {
        case .leadChooser:
            return .consumed(LeadChooserUpdate.key(key, state: &state))
        case .overlay:
            if let command = KeyTable.command(for: key, in: .help) {
                return .consumed(Update.perform(command, on: &state))
            }
            return state.prompt != nil ? .passed : .consumed([])
        case .prompt:
            guard let prompt = state.prompt else { return .passed }
            // A finding stays selected: typing replaces it, Ctrl-S saves, a move leaves it.
            if prompt.closesOnOtherInput, prompt.answer(for: key) == nil {
                state.prompt = nil
                return .passed
            }
            return .consumed(PromptUpdate.key(key, to: prompt, state: &state))
        case .screen(let screen):
            let command = KeyTable.command(for: key, in: state)
            if command != .edit(.cutLine) { state.gathersCutLines = false }
            if let command {
                switch screen {
                case .list: return .consumed(PickerUpdate.perform(command, state: &state))
                case .campaigns: return .consumed(CampaignsUpdate.perform(command, state: &state))
                case .sequence: return .consumed(SequenceUpdate.perform(command, state: &state))
                case .session, .loading: return .consumed(Update.perform(command, on: &state))
                }
            }
            if case .character(let character) = key, screen == .session {
                return .consumed(EditingUpdate.type(character, state: &state))
            }
            return .consumed([])
        }
    }

    private static func handle(paste text: String, on layer: Layer, state: inout AppState) -> Handling {
        switch layer {
        case .leadChooser:
            LeadChooserUpdate.paste(text, state: &state)
            return .consumed([])
        case .overlay:
            return state.prompt != nil ? .passed : .consumed([])
        case .prompt:
            if state.prompt?.closesOnOtherInput == true {
                state.prompt = nil
                return .passed
            }
            guard let prompt = state.prompt, var input = prompt.input else {
                state.promptRefused = "pasted text"
                return .consumed([])
            }
            input.insert(text, isPaste: true)
            PromptInputUpdate.edited(prompt.with(input: input), state: &state)
            return .consumed([])
        case .screen(.session):
            return .consumed(EditingUpdate.paste(text, state: &state))
        case .screen:
            return .consumed([])
        }
    }

    private static func handle(_ event: MouseEvent, on layer: Layer, state: inout AppState) -> Handling {
        switch layer {
        case .leadChooser:
            return .consumed([])
        case .overlay:
            if event.kind == .wheelUp || event.kind == .wheelDown {
                for _ in 0..<MouseUpdate.wheelRows {
                    Scrolling.scroll(event.kind == .wheelUp ? .scrollUp : .scrollDown, state: &state)
                }
            }
            return .consumed([])
        case .prompt:
            guard let prompt = state.prompt, case .press = event.kind, event.button == 0 else { return .consumed([]) }
            return .consumed(MouseUpdate.answer(prompt, at: CellPoint(x: event.x, y: event.y), state: &state))
        case .screen(.session):
            return .consumed(MouseUpdate.handle(event, state: &state))
        case .screen:
            return .consumed([])
        }
    }
}
