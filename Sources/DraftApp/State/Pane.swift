import PuffleAPI

/// The seven panes of the session screen, numbered as users reach them (Alt-1 … Alt-7).
public enum Pane: Int, CaseIterable, Sendable, Comparable {
    case title = 1, subject, body, transcript, skeleton, examples, history

    /// The pane's name as titles and messages write it.
    public var name: String {
        switch self {
        case .title: "Title"
        case .subject: "Subject"
        case .body: "Body"
        case .transcript: "Transcript"
        case .skeleton: "Skeleton"
        case .examples: "Examples"
        case .history: "History"
        }
    }

    /// "3 Body": how a pane is titled everywhere.
    public var label: String { "\(rawValue) \(name)" }

    /// The session field a text pane edits.
    public var field: SessionField? {
        switch self {
        case .title: .title
        case .subject: .draftSubject
        case .body: .draftBody
        default: nil
        }
    }

    /// The panes the user edits; the rest are read-only.
    public static let textPanes: [Pane] = [.title, .subject, .body]

    /// The text pane that edits a field, if any.
    public init?(field: SessionField) {
        guard let pane = Pane.textPanes.first(where: { $0.field == field }) else { return nil }
        self = pane
    }

    /// The pane Tab goes to, wrapping after the last.
    public var next: Pane { Pane(rawValue: rawValue % 7 + 1)! }
    /// The pane Shift-Tab goes to, wrapping before the first.
    public var previous: Pane { Pane(rawValue: (rawValue + 5) % 7 + 1)! }

    /// Panes order by their number (Alt-1 … Alt-7).
    public static func < (a: Pane, b: Pane) -> Bool { a.rawValue < b.rawValue }
}
