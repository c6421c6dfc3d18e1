import DraftCore

/// The prompts that take text (a find, a replace, a new session's node id): keys edit the text
/// as in a one-line field; Enter and Esc act on it, and in a find F3 and Shift-F3 step.
enum PromptInputUpdate {
    static func key(_ key: Key, prompt: Prompt, input: TextBuffer, state: inout AppState) -> [Effect] {
        let isFind = if case .find = prompt { true } else { false }
        switch key {
        case .escape:
            // A find keeps its marks and its place: the cursor stays on the match. A lead's find
            // goes back to the lead it started from; the campaigns' filter is dropped.
            state.prompt = nil
            if case .findLead(_, let origin) = prompt { state.sequenceReview?.lead = origin }
            if case .filterCampaigns = prompt { CampaignsUpdate.filter("", state: &state) }
            return []
        case .enter:
            switch prompt {
            case .find: return FindUpdate.step(forward: true, state: &state)
            case .newSession: return PickerUpdate.create(nodeID: input.text, state: &state)
            case .findLead, .filterCampaigns:
                state.prompt = nil
                return []
            default: return ReplaceUpdate.entered(prompt, state: &state)
            }
        case .function(3) where isFind, .control("n") where isFind:
            return FindUpdate.step(forward: true, state: &state)
        case .function(3).shifted where isFind:
            return FindUpdate.step(forward: false, state: &state)
        case .up:
            if let recalled = ReplaceUpdate.recall(prompt, state: &state) { state.prompt = recalled }
            return []
        default:
            var buffer = input
            guard edit(key, &buffer) else { return [] }
            edited(prompt.with(input: buffer), state: &state)
            return []
        }
    }

    /// The prompt's text changed (a key, a paste): a find looks again as you type.
    static func edited(_ prompt: Prompt, state: inout AppState) {
        state.prompt = prompt
        switch prompt {
        case .find(let query, let origin): FindUpdate.search(query.text, from: origin, state: &state)
        case .findLead(let query, let origin): SequenceUpdate.findLead(query.text, from: origin, state: &state)
        case .filterCampaigns(let query): CampaignsUpdate.filter(query.text, state: &state)
        default: break
        }
    }

    /// The keys of a one-line field (the key table's, as in the title); false for a key that
    /// does not edit there.
    private static func edit(_ key: Key, _ buffer: inout TextBuffer) -> Bool {
        if case .character(let character) = key {
            buffer.insert(String(character))
            return true
        }
        guard case .edit(let command)? = KeyTable.command(for: key, in: .panes([.title])) else { return false }
        EditingUpdate.apply(command, to: &buffer, layout: EditorLayout(width: Int.max / 2), page: 1)
        return true
    }
}
