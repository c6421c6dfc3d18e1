import PuffleAPI

/// Sessions for tests, as the server would send them.
public enum SampleSessions {
    /// The campaign the sample sessions belong to.
    public static let campaignID = "4f6b2a9e-8c1d-4e7a-9b3f-2d5c8e1a7f60"
    /// The session with a transcript, draft, skeleton, examples and history.
    public static let richID = "7c9e6679-7425-40de-944b-e07fc1f90ae7"
    /// A session with nothing in it yet.
    public static let emptyID = "a3bb189e-8bf9-4888-9912-ace4e6543002"

    /// A finished session with every field filled, plus fields this client does not model.
    public static func rich() -> JSONValue {
        [
            "id": .string(richID),
            "user_id": "1b4e28ba-2fa1-41d2-883f-0016d3cca427",
            "campaign_id": .string(campaignID),
            "node_id": "6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b",
            "title": "Ops leaders — step 1",
            "messages": [
                ["role": "user", "content": "Write a first cold email for operations leaders."],
                ["role": "assistant", "content": "Two questions first: what result can we quote?"]
            ],
            "draft_subject": "%first_name%, a faster week for %company%?",
            "draft_body":
                "Hi %first_name%,\n\n&&Hook from the headline&&\n\nTeams like yours save 6 hours a week.\n\n{{sender_first}}",
            "skeleton": [
                "subject": "%first_name%, a faster week?",
                "body": "Hi %first_name%,\n\n&&Hook&&",
                "blocks": [
                    [
                        "name": "hook", "strategy": "Open on their headline.",
                        "personalization": [
                            "fields": ["headline"], "approach": "Paraphrase.", "fallback": "Generic pain."
                        ]
                    ]
                ],
                "exampleSubject": "Maya, a faster week?",
                "exampleBody": "Hi Maya,"
            ],
            "skeleton_history": [["hook": "old hook", "value_prop": "old value"]],
            "draft_history": [["subject": "Old subject", "body": "Old body", "created_at": "2026-11-20T09:12:00Z"]],
            "framework_version": 3,
            "generated_examples": [
                [
                    "lead_id": "0a1b2c3d-1111-4a2b-8c3d-000000000001", "subject": "Maya, a faster week?",
                    "body": "Hi Maya,\n\nTeams like yours save 6 hours a week."
                ]
            ],
            "task_status": .null,
            "created_at": "2026-11-20T09:00:00Z",
            "updated_at": "2026-11-20T09:41:00Z",
            "x_future_field": ["nested": ["z": 1, "a": 2], "big": .number(JSONNumber(literal: "9007199254740991")!)]
        ]
    }

    /// A session as POST creates it: every content field null.
    public static func empty() -> JSONValue {
        [
            "id": .string(emptyID), "user_id": "1b4e28ba-2fa1-41d2-883f-0016d3cca427",
            "campaign_id": .string(campaignID), "node_id": "9d3f1c2e-5b7a-4c8d-9e0f-1a2b3c4d5e6f",
            "title": .null, "messages": .null, "draft_subject": .null, "draft_body": .null, "skeleton": .null,
            "skeleton_history": .null, "draft_history": .null, "framework_version": .null, "generated_examples": .null,
            "task_status": .null, "created_at": "2026-11-21T14:00:00Z", "updated_at": "2026-11-21T14:00:00Z"
        ]
    }

    /// A session from sample JSON; a sample that does not decode is a bug in the test itself.
    public static func session(_ json: JSONValue) -> Session { try! Session(json: json) }

    /// The `draft_history` a save of `rich()` sends when it changes the draft, as PATCH JSON: the
    /// earlier version, then the draft the save replaces, with the time it was saved.
    public static let richHistoryKeepingItsDraft =
        #""draft_history":[{"subject":"Old subject","body":"Old body","created_at":"2026-11-20T09:12:00Z"},"#
        + #"{"subject":"%first_name%, a faster week for %company%?","body":"Hi %first_name%,\n\n&&Hook from the headline&&\n\n"#
        + #"Teams like yours save 6 hours a week.\n\n{{sender_first}}","created_at":"2026-11-20T09:41:00Z"}]"#
}
