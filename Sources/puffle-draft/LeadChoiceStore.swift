import Foundation
import PuffleAPI

/// The leads chosen with Alt-L, per session: `$XDG_STATE_HOME/puffle-draft/leads/SESSION_ID.json`,
/// `{"lead_ids": [...]}`, written atomically. Ids only: the roster itself stays on the server.
struct LeadChoiceStore: Sendable {
    let folder: URL

    private func url(_ sessionID: String) -> URL { folder.appendingPathComponent("\(sessionID).json") }

    func write(_ ids: [String], for sessionID: String) throws {
        let json: JSONValue = ["lead_ids": .array(ids.map(JSONValue.string))]
        try AtomicFile.shared.write(JSONWriter.bytes(json, pretty: true), to: url(sessionID))
    }

    /// Nil when never chosen, or when the file is not ours to read (then the default applies).
    func read(_ sessionID: String) -> [String]? {
        guard let data = FileManager.default.contents(atPath: url(sessionID).path),
              let ids = (try? JSONParser.parse(data))?["lead_ids"]?.arrayValue else { return nil }
        return ids.compactMap { $0.stringValue.flatMap { SessionID.isValid($0) ? $0.lowercased() : nil } }
    }
}
