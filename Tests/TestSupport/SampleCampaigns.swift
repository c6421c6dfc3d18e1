import PuffleAPI

/// Campaigns for tests, as `GET /api/campaigns/{id}` answers them: the sample sessions' campaign,
/// in which the rich session drafts the first email and the empty session the second.
public enum SampleCampaigns {
    /// The sample campaign: the one the sample sessions belong to.
    public static let campaignID = SampleSessions.campaignID
    /// The campaign's first email, which the rich sample session drafts.
    public static let firstEmailID = "6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b"
    /// The campaign's follow-up email.
    public static let secondEmailID = "9d3f1c2e-5b7a-4c8d-9e0f-1a2b3c4d5e6f"
    /// An email of the sequence that no session drafts yet.
    public static let thirdEmailID = "3e8b2a1c-6d4f-4a7e-b9c0-5d1e2f3a4b6c"

    /// Three leads as a `--leads` file gives them.
    public static let leads: [Lead] = [
        Lead(
            fields: [
                "first_name": "Maya", "last_name": "Okafor", "company": "Brightline Logistics",
                "position": "VP Operations", "headline": "Scaling last-mile delivery across West Africa"
            ],
            customFields: ["pain_point": "manual route planning"]),
        Lead(
            fields: [
                "first_name": "Jonas", "last_name": "Lindqvist", "company": "Fjord Analytics",
                "position": "Head of Growth", "headline": "Data-driven growth for Nordic SaaS"
            ],
            customFields: ["pain_point": "slow reporting"]),
        Lead(
            fields: [
                "first_name": "Aiko", "last_name": "Tanaka", "company": "Sakura Retail",
                "position": "COO", "headline": "Omnichannel retail, 40 stores and counting"
            ],
            customFields: ["pain_point": "stock-outs during promotions"])
    ]

    /// A sequence node as the server sends it, with only the fields a test cares about.
    public static func node(
        _ id: String, _ position: Int, _ type: String, subject: String? = nil, body: String? = nil,
        delayDays: Int = 0
    ) -> JSONValue {
        [
            "id": .string(id), "campaign_id": .string(campaignID), "position": .number(JSONNumber(position)),
            "type": .string(type),
            "subject": JSONValue(subject), "body": JSONValue(body), "delay_days": .number(JSONNumber(delayDays)),
            "delay_hours": 0, "delay_minutes": 0, "ai_node": false
        ]
    }

    /// A draft campaign: email, a 3-day delay, email, a 2-day delay, email, the end.
    public static func draft(status: String = "draft") -> JSONValue {
        [
            "campaign": [
                "id": .string(campaignID), "name": "Ops leaders Q1", "type": "email", "status": .string(status),
                "signature": "Cheers,\n%sender_first%",
                "sender_accounts": [
                    [
                        "id": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b", "email_address": "sam@routewise.example",
                        "display_name": "Sam Rivera", "first_name": "Sam", "last_name": "Rivera", "status": "active"
                    ]
                ]
            ],
            "sequence_nodes": [
                node(firstEmailID, 0, "email", subject: "Old subject", body: "Old body"),
                node("7b1e2f3a-4c5d-4e6f-8a9b-0c1d2e3f4a5b", 1, "delay", delayDays: 3),
                node(secondEmailID, 2, "email", subject: "", body: ""),
                node("8c2f3a4b-5d6e-4f70-9bac-1d2e3f4a5b6c", 3, "delay", delayDays: 2),
                node(thirdEmailID, 4, "email", subject: "Closing the loop", body: "Hi %first_name%, one last note."),
                node("a05b6c7d-8e9f-4a01-9c2d-3e4f5a6b7c8d", 5, "end")
            ],
            "prospects_by_status": [:], "prospects_by_node": [:]
        ]
    }

    /// A roster of `count` prospects; every seventh has no name at all.
    public static func prospects(_ count: Int) -> [JSONValue] {
        (0..<count).map { index in
            let id = "0a1b2c3d-1111-4a2b-8c3d-\(String(format: "%012d", index + 1))"
            let named = index % 7 != 6
            return [
                "id": .string(id), "campaign_id": .string(campaignID),
                "status": index % 3 == 0 ? "contacted" : "pending",
                "email": .string("lead\(index + 1)@example.com"),
                "first_name": named ? .string("Lead\(index + 1)") : .null,
                "last_name": named ? "Example" : .null, "name": named ? .string("Lead\(index + 1) Example") : .null,
                "company": .string("Company \(index + 1)"), "position": "Ops", "headline": .null,
                "custom_fields": index % 2 == 0
                    ? ["tier": .string("gold"), "seats": .number(JSONNumber(index))] : .null,
                "current_node_id": .null
            ]
        }
    }
}
