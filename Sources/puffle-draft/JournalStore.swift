import DraftApp
import Foundation
import PuffleAPI

/// The recovery journal's files: `$XDG_STATE_HOME/puffle-draft/recovery/SESSION_ID.json`, written
/// atomically with mode 0600. They hold session text only, never the API key.
struct JournalStore: Sendable {
    let folder: URL

    func url(_ sessionID: String) -> URL { folder.appendingPathComponent("\(sessionID).json") }

    func write(_ journal: RecoveryJournal) throws {
        var stamped = journal
        stamped.savedAt = Timestamp.string(from: Date())
        try AtomicFile.shared.write(JSONWriter.bytes(stamped.json, pretty: true), to: url(journal.sessionID))
    }

    func read(_ sessionID: String) -> RecoveryJournal? {
        guard let data = FileManager.default.contents(atPath: url(sessionID).path),
              let json = try? JSONParser.parse(data) else { return nil }
        return RecoveryJournal(json: json)
    }

    func remove(_ sessionID: String) {
        unlink(url(sessionID).path)
    }

    /// The sessions that have unsaved edits here.
    func sessionIDs() -> Set<String> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return Set(names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.filter(SessionID.isValid))
    }

    func setAside(_ sessionID: String) {
        let from = url(sessionID).path
        rename(from, from + ".bak")
    }
}
