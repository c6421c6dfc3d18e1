import DraftCore
import PuffleAPI

/// Word diffs of whole session fields, as the conflict and recovery prompts show them: one
/// heading per field, then the diff from the server's value to the user's.
enum FieldDiff {
    /// A field's value as diffable text: strings as they are, anything else (a skeleton) as JSON.
    static func text(_ value: JSONValue) -> String {
        if case .string(let s) = value { return s }
        return value.isNull ? "" : JSONWriter.string(value, pretty: true)
    }

    /// What the user has now for a field: an editor's text, or a restored skeleton.
    static func mine(_ field: SessionField, in state: AppState) -> JSONValue? {
        if let pane = Pane(field: field), let editor = state.editors[pane] { return .string(editor.text) }
        if field == .skeleton { return state.stagedSkeleton }
        return nil
    }

    static func lines(
        _ changes: [(field: SessionField, server: JSONValue, mine: JSONValue)], legend: String,
        inText: Bool
    ) -> [StyledLine] {
        var lines: [StyledLine] = []
        for change in changes {
            if !lines.isEmpty { lines.append([]) }
            lines.append([Span(change.field.displayName.capitalized, .label), Span("  (\(legend))", .dim)])
            lines += WordDiff.styledLines(from: text(change.server), to: text(change.mine), inText: inText)
        }
        return lines
    }
}
