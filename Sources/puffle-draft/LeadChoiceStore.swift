import Foundation
import PuffleAPI

/// The leads chosen with Alt-L: `$XDG_STATE_HOME/puffle-draft/leads/SESSION_ID.json`,
/// `{"lead_ids": [...]}`, written atomically, and the campaign's latest choice beside it
/// (`campaign-CAMPAIGN_ID.json`), which an email without a choice of its own starts from: the
/// sample leads picked for email 1 are the ones wanted for email 2. Ids only: the roster itself
/// stays on the server.
struct LeadChoiceStore: Sendable {
    let folder: URL

    /// Nil for an id that is not a UUID: a server's id never becomes a path.
    private func url(_ id: String, prefix: String = "") -> URL? {
        SessionID.isValid(id) ? folder.appendingPathComponent("\(prefix)\(id).json") : nil
    }

    func write(_ ids: [String], for sessionID: String, campaignID: String?) throws {
        guard let url = url(sessionID) else { throw APIError.invalidID(sessionID) }
        let json: JSONValue = ["lead_ids": .array(ids.filter(SessionID.isValid).map(JSONValue.string))]
        try AtomicFile.shared.write(JSONWriter.bytes(json, pretty: true), toPath: url.path)
        if let campaign = campaignID.flatMap({ self.url($0, prefix: "campaign-") }) {
            try AtomicFile.shared.write(JSONWriter.bytes(json, pretty: true), toPath: campaign.path)
        }
    }

    /// The session's own choice, else the campaign's latest; nil when neither was made or the file
    /// is not ours to read (then the default applies).
    func read(_ sessionID: String, campaignID: String?) -> [String]? {
        [url(sessionID), campaignID.flatMap { url($0, prefix: "campaign-") }].lazy.compactMap { $0 }.compactMap(ids)
            .first
    }

    private func ids(at url: URL) -> [String]? {
        guard let data = FileManager.default.contents(atPath: url.path),
            let ids = (try? JSONParser.parse(data))?["lead_ids"]?.arrayValue
        else { return nil }
        return ids.compactMap { $0.stringValue.flatMap { SessionID.isValid($0) ? $0.lowercased() : nil } }
    }
}
