import DraftCore
import PuffleAPI

/// The recovery journal: unsaved edits go to disk within a second of typing, and come back on
/// the next start after a dropped connection or a crash.
public enum JournalUpdate {
    /// Seconds from an unsaved keystroke to its copy on disk. A write renames a file, which costs
    /// as much as a dozen keystrokes: typing pays for one a second. A hang-up or TERM writes at
    /// once. Public for the benchmark, whose series wait for this write.
    public static let delay = 1.0

    static func scheduleIfNeeded(state: inout AppState) -> [Effect] {
        guard !state.timers.contains(.journal) else { return [] }
        return [.after(seconds: delay, .journalDue, id: .journal)]
    }

    static func due(state: inout AppState) -> [Effect] {
        guard let id = state.sessionID else { return [] }
        return [RecoveryJournal.snapshot(of: state).map(Effect.writeJournal) ?? .removeJournal(sessionID: id)]
    }

    /// At start: a journal that differs from the server's version asks to be recovered.
    static func loaded(_ journal: RecoveryJournal?, state: inout AppState) -> [Effect] {
        guard let journal, journal.sessionID == state.sessionID, let base = state.base else { return [] }
        let differs =
            journal.composer != nil || journal.fields.contains { field in journal.edits[field.rawValue] != base[field] }
        guard differs else { return [.removeJournal(sessionID: journal.sessionID)] }
        state.prompt = .recover(journal)
        var lines = FieldDiff.lines(
            journal.fields.map { ($0, base[$0], journal.edits[$0.rawValue] ?? .null) },
            legend: state.diffLegend.text(removed: "the server's version", added: "your unsaved text"),
            inText: state.diffLegend.inText)
        if let composer = journal.composer {
            if !lines.isEmpty { lines.append([]) }
            lines += [[Span("Chat message, not sent", .label)], [Span(composer, .diffAdded)]]
        }
        state.overlay = .diff(title: "Unsaved edits from \(journal.savedAtShort)", lines: lines, scroll: 0)
        return []
    }

    /// Puts the journal's text back in the editors as unsaved (undoable) changes. The base takes
    /// the values the edits started from, so a save still notices a server change since then.
    static func restore(_ journal: RecoveryJournal, state: inout AppState) {
        state.overlay = nil
        for field in journal.fields {
            guard let value = journal.edits[field.rawValue] else { continue }
            if let started = journal.base[field.rawValue] { state.base?[field] = started }
            if field == .skeleton {
                state.stagedSkeleton = value
            } else if let pane = Pane(field: field), case .string(let text) = value {
                state.editors[pane]?.replaceAll(with: text)
            }
        }
        if let composer = journal.composer {
            state.editors[.transcript] = Composer.holding(composer)
        }
        state.status = StatusMessage("Recovered your unsaved edits (\(journal.fieldNames)); Ctrl-S saves them")
    }
}
