import DraftApp
import Foundation
import PuffleAPI

/// The recovery journal's files: `$XDG_STATE_HOME/puffle-draft/recovery/SESSION_ID.json`, written
/// atomically with mode 0600. They hold session text only, never the API key.
struct JournalStore: Sendable {
    let folder: URL

    /// The file of a session; nil for an id that is not a UUID, which must never become a path
    /// (`../../x` would plant or remove any `*.json` the user can write).
    func url(_ sessionID: String) -> URL? {
        SessionID.isValid(sessionID) ? folder.appendingPathComponent("\(sessionID).json") : nil
    }

    func write(_ journal: RecoveryJournal) throws {
        guard let url = url(journal.sessionID) else { throw APIError.invalidID(journal.sessionID) }
        var stamped = journal
        stamped.savedAt = Timestamp.string(from: Date())
        try AtomicFile.shared.write(JSONWriter.bytes(stamped.json, pretty: true), to: url)
    }

    func read(_ sessionID: String) -> RecoveryJournal? {
        guard let url = url(sessionID), let data = FileManager.default.contents(atPath: url.path),
              let json = try? JSONParser.parse(data) else { return nil }
        return RecoveryJournal(json: json)
    }

    func remove(_ sessionID: String) {
        guard let url = url(sessionID) else { return }
        unlink(url.path)
    }

    /// The sessions that have unsaved edits here.
    func sessionIDs() -> Set<String> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return Set(names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.filter(SessionID.isValid))
    }

    func setAside(_ sessionID: String) {
        guard let from = url(sessionID)?.path else { return }
        rename(from, from + ".bak")
    }
}
