import Foundation
import PuffleAPI

/// The leads chosen with Alt-L, per session: `$XDG_STATE_HOME/puffle-draft/leads/SESSION_ID.json`,
/// `{"lead_ids": [...]}`, written atomically. Ids only: the roster itself stays on the server.
struct LeadChoiceStore: Sendable {
    let folder: URL

    /// Nil for an id that is not a UUID: a server's id never becomes a path.
    private func url(_ sessionID: String) -> URL? {
        SessionID.isValid(sessionID) ? folder.appendingPathComponent("\(sessionID).json") : nil
    }

    func write(_ ids: [String], for sessionID: String) throws {
        guard let url = url(sessionID) else { throw APIError.invalidID(sessionID) }
        let json: JSONValue = ["lead_ids": .array(ids.filter(SessionID.isValid).map(JSONValue.string))]
        try AtomicFile.shared.write(JSONWriter.bytes(json, pretty: true), to: url)
    }

    /// Nil when never chosen, or when the file is not ours to read (then the default applies).
    func read(_ sessionID: String) -> [String]? {
        guard let url = url(sessionID), let data = FileManager.default.contents(atPath: url.path),
              let ids = (try? JSONParser.parse(data))?["lead_ids"]?.arrayValue else { return nil }
        return ids.compactMap { $0.stringValue.flatMap { SessionID.isValid($0) ? $0.lowercased() : nil } }
    }
}
