import DraftCore
import PuffleAPI

/// A copy finding offered by F8 / Alt-K: selected in its field, explained in the footer.
public struct CopyFindingChoice: Equatable, Sendable {
    /// What was found.
    public var finding: CopyFinding
    /// Its place among the draft's findings, from 0.
    public var index: Int
    /// How many findings the draft has.
    public var total: Int
    /// The footer's line: the rule, what was found, the threshold and why.
    public var explanation: String
}

/// The copy checks in the update: F8 walks the draft's findings as F7 walks misspellings, `f`
/// turns findings (the draft's, or the chosen example's) into a chat message in the composer,
/// and `s` lists the examples worst first.
enum CheckUpdate {
    /// F8 / Alt-K: the next finding after the cursor (or after the one shown), wrapping; its text
    /// is selected in its field, or for a finding about a whole field (its length) the field is focused.
    static func next(state: inout AppState) -> [Effect] {
        guard state.copyChecks.marks else {
            state.status = StatusMessage("Copy checks are off (checks = false in the config)")
            return []
        }
        guard let report = state.draftReport else { return [] }
        let findings = report.all
        guard !findings.isEmpty else {
            state.prompt = nil
            state.status = StatusMessage("No copy findings in the subject and body")
            return []
        }
        let index: Int
        if case .copyFinding(let shown)? = state.prompt {
            index = (shown.index + 1) % findings.count
        } else {
            let field: CopyField = state.focus == .subject ? .subject : .body
            let cursor = state.editors[state.focus]?.cursor ?? .start
            let here = (field == .subject ? 0 : 1, state.focus.isTextField ? cursor : .start)
            index =
                findings.firstIndex {
                    let place = ($0.field == .subject ? 0 : 1, $0.range?.lowerBound ?? .start)
                    return place.0 > here.0 || (place.0 == here.0 && place.1 >= here.1)
                } ?? 0
        }
        show(findings[index], index: index, total: findings.count, state: &state)
        return []
    }

    private static func show(_ finding: CopyFinding, index: Int, total: Int, state: inout AppState) {
        let pane: Pane = finding.field == .subject ? .subject : .body
        state.focus(pane)
        if let range = finding.range, var editor = state.editors[pane] {
            editor.select(from: range.lowerBound, to: range.upperBound)
            state.editors[pane] = editor
        } else {
            state.editors[pane]?.deselect()
        }
        EditingUpdate.keepCursorVisible(&state)
        state.prompt = .copyFinding(
            CopyFindingChoice(
                finding: finding, index: index, total: total,
                explanation: finding.sentence(state.copyChecks.thresholds)))
    }

    /// `f` after F8: the draft's findings as a message in the composer.
    static func draftFeedback(state: inout AppState) -> [Effect] {
        state.prompt = nil
        state.editors[.subject]?.deselect()
        state.editors[.body]?.deselect()
        guard let report = state.draftReport, let subject = state.editors[.subject], let body = state.editors[.body]
        else { return [] }
        return write(
            CopyFeedback.message(
                report.all, whose: "the draft", subject: subject.text, body: body.text,
                limits: state.copyChecks.thresholds),
            state: &state)
    }

    /// `f` in Examples: the chosen example's findings as a message in the composer.
    static func exampleFeedback(state: inout AppState) -> [Effect] {
        guard let examples = state.base?.generatedExamples, let index = state.chosenExample,
            examples.indices.contains(index)
        else {
            state.status = StatusMessage("No example chosen")
            return []
        }
        let findings = state.problemsOfExamples[index]
        guard !findings.isEmpty else {
            state.status = StatusMessage("This example has no findings to write about")
            return []
        }
        let lead = state.leadsOfExamples[index]
        let whose = lead.map { "\($0.displayName)'s example" } ?? "example \(index + 1)"
        let example = examples[index]
        return write(
            CopyFeedback.message(
                findings, whose: whose, subject: example.subject ?? "", body: example.body ?? "",
                limits: state.copyChecks.thresholds),
            state: &state)
    }

    /// Puts a message at the end of the composer (after what is already typed there, never over
    /// it) and gives it the keyboard. Nothing is sent: Enter and `y` do that.
    private static func write(_ message: String, state: inout AppState) -> [Effect] {
        guard var composer = state.editors[.transcript] else { return [] }
        composer.place(composer.end, goalColumn: nil)
        composer.insert((composer.utf8Count == 0 ? "" : "\n\n") + message, isPaste: true)
        state.editors[.transcript] = composer
        state.focus(.transcript)
        state.status = StatusMessage("The findings are in the message: edit it, Enter sends it (asks first)")
        return JournalUpdate.scheduleIfNeeded(state: &state)
    }

    /// `s` in Examples: worst first, or back in the order they came.
    static func toggleExampleOrder(state: inout AppState) -> [Effect] {
        let chosen = state.chosenExampleIdentity
        state.examplesByFindings.toggle()
        // The same example stays chosen, wherever the new order puts it.
        if let chosen { state.choose(chosen) }
        state.scroll[.examples] = nil
        state.status = StatusMessage(
            state.examplesByFindings ? "Examples: most findings first (s: as generated)" : "Examples: as generated")
        return []
    }
}
