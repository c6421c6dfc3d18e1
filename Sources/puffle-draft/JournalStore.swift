import DraftApp
import Foundation
import PuffleAPI

/// The recovery journal's files: `$XDG_STATE_HOME/puffle-draft/recovery/SESSION_ID.json`, written
/// atomically with mode 0600. They hold session text only, never the API key.
struct JournalStore: Sendable {
    /// The folder's path, kept as text: a journal is written every second of typing, and
    /// Foundation's URL takes tens of thousands of instructions to join or split one.
    let folder: String

    /// The file of a session; nil for an id that is not a UUID, which must never become a path
    /// (`../../x` would plant or remove any `*.json` the user can write).
    func path(_ sessionID: String) -> String? {
        SessionID.isValid(sessionID) ? folder + "/" + sessionID + ".json" : nil
    }

    func write(_ journal: RecoveryJournal) throws {
        guard let path = path(journal.sessionID) else { throw APIError.invalidID(journal.sessionID) }
        var stamped = journal
        stamped.savedAt = Timestamp.string(from: Date())
        try AtomicFile.shared.write(JSONWriter.bytes(stamped.json, pretty: true), toPath: path)
    }

    /// What is on disk for a session: nothing, a journal, or a file that cannot be read.
    enum Reading {
        case none
        case found(RecoveryJournal)
        /// Moved aside (to the name given) so that the next write cannot overwrite the only copy of
        /// words typed earlier; nil when even that failed, with the reason.
        case unreadable(keptAs: String?, reason: String)
    }

    func read(_ sessionID: String) -> Reading {
        guard let path = path(sessionID), FileManager.default.fileExists(atPath: path) else { return .none }
        if let data = FileManager.default.contents(atPath: path), let json = try? JSONParser.parse(data),
            let journal = RecoveryJournal(json: json)
        {
            return .found(journal)
        }
        switch moveAside(path, suffix: ".unreadable") {
        case .success(let name): return .unreadable(keptAs: name, reason: "it is not a recovery journal")
        case .failure(let failure): return .unreadable(keptAs: nil, reason: failure.reason)
        }
    }

    /// Removes a session's copy once its edits are saved; a copy that was already gone is no failure.
    func remove(_ sessionID: String) -> Result<Void, JournalFileFailure> {
        guard let path = path(sessionID) else { return .success(()) }
        guard unlink(path) == 0 || errno == ENOENT else {
            return .failure(JournalFileFailure(reason: String(cString: strerror(errno))))
        }
        return .success(())
    }

    /// The sessions that have unsaved edits here.
    func sessionIDs() -> Set<String> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return Set(names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.filter(SessionID.isValid))
    }

    /// Keeps a copy the user chose not to recover under a name of its own (`.bak`, then `.bak-2` …,
    /// never replacing an earlier one); the name it got, or why it could not move.
    func setAside(_ sessionID: String) -> Result<String, JournalFileFailure> {
        guard let from = path(sessionID) else { return .failure(JournalFileFailure(reason: "not a session id")) }
        return moveAside(from, suffix: ".bak")
    }

    private func moveAside(_ path: String, suffix: String) -> Result<String, JournalFileFailure> {
        var aside = path + suffix
        var number = 1
        while FileManager.default.fileExists(atPath: aside) {
            number += 1
            aside = path + suffix + "-\(number)"
        }
        guard rename(path, aside) == 0 else {
            return .failure(JournalFileFailure(reason: String(cString: strerror(errno))))
        }
        return .success((aside as NSString).lastPathComponent)
    }
}
