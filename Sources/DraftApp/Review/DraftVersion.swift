import Foundation
import PuffleAPI

/// One entry of `draft_history`, whose shape the API does not document: the usual
/// `{subject, body, created_at}` is read, a few likely spellings too, and anything else is shown
/// as it is.
struct DraftVersion: Equatable {
    let subject: String?
    let body: String?
    let time: String?
    let raw: JSONValue

    init(_ raw: JSONValue) {
        self.raw = raw
        subject = raw["subject"]?.stringValue ?? raw["draft_subject"]?.stringValue
        body = raw["body"]?.stringValue ?? raw["draft_body"]?.stringValue
        time =
            raw["created_at"]?.stringValue ?? raw["saved_at"]?.stringValue ?? raw["timestamp"]?.stringValue
            ?? raw["updated_at"]?.stringValue
    }

    /// True when the entry has neither a subject nor a body this client can read.
    var isUnknownShape: Bool { subject == nil && body == nil }

    /// The rule for `draft_history`, the one place that adds to it: a save that replaces the saved
    /// draft (subject, body) with a different one keeps the replaced draft with its time, unless
    /// an entry with the same subject and body is there already. A conflict answered "keep mine"
    /// saves over the server's draft, so theirs is kept the same way. Nil when nothing is added.
    static func keeping(_ saved: Session, replacedBy edited: Session) -> [JSONValue]? {
        let subject = saved.draftSubject ?? "", body = saved.draftBody ?? ""
        guard subject != edited.draftSubject ?? "" || body != edited.draftBody ?? "" else { return nil }
        guard !subject.isEmpty || !body.isEmpty else { return nil }
        let history = edited.draftHistory
        let kept = history.map(DraftVersion.init).contains { ($0.subject ?? "") == subject && ($0.body ?? "") == body }
        guard !kept else { return nil }
        return history + [
            ["subject": .string(subject), "body": .string(body), "created_at": JSONValue(saved.updatedAt)]
        ]
    }

    /// "2026-11-20 09:20" from an ISO-8601 timestamp.
    var shortTime: String? {
        guard let time else { return nil }
        let trimmed = time.replacing(where: { $0 == "T" }, with: " ")
        return String(trimmed.prefix(16))
    }
}
