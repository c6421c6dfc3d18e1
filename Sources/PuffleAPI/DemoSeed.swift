/// The campaign the demo workspace starts with: one finished session, one fresh, one mid-way,
/// so every pane has something to show and every flow can be tried offline.
public enum DemoSeed {
    /// The demo's campaign.
    public static let campaignID = "4f6b2a9e-8c1d-4e7a-9b3f-2d5c8e1a7f60"
    /// The demo session with everything: transcript, draft, skeleton, examples and history.
    public static let fullSessionID = "7c9e6679-7425-40de-944b-e07fc1f90ae7"
    /// The demo session not started yet: what a new session looks like.
    public static let emptySessionID = "a3bb189e-8bf9-4888-9912-ace4e6543002"
    /// The demo session halfway: a transcript, no draft.
    public static let midwaySessionID = "e4eaaaf2-d142-4a1b-9c3d-51b4f9a0c6d8"

    static let sessionsJSON = #"""
        [
        {
          "id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
          "user_id": "1b4e28ba-2fa1-41d2-883f-0016d3cca427",
          "campaign_id": "4f6b2a9e-8c1d-4e7a-9b3f-2d5c8e1a7f60",
          "node_id": "6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b",
          "title": "Ops leaders — step 1: the first touch",
          "messages": [
            {"role": "user", "content": "We sell RouteWise, a route-planning tool for logistics teams. Write a first cold email for operations leaders."},
            {"role": "assistant", "content": "Happy to. Two questions first:\n1. What result can we quote? A number beats an adjective.\n2. Should the tone be formal or conversational?"},
            {"role": "user", "content": "Customers cut planning time by 6 hours a week. Conversational, short."},
            {"role": "assistant", "content": "Here is a framework: a hook tied to the lead's headline, one proof point, one soft ask. I drafted the subject and body from it."},
            {"role": "user", "content": "Make the ask softer and mention their company in the subject."},
            {"role": "assistant", "content": "Done. The subject now names %company%, and the ask is a question rather than a meeting request."}
          ],
          "draft_subject": "%first_name%, a faster week for %company%'s planners?",
          "draft_body": "Hi %first_name%,\n\n&&One sentence that ties the lead's headline to route planning&&\n\nTeams like yours use RouteWise to cut route planning by 6 hours a week, without changing their dispatch tools.\n\nWould it be worth a look for %company%?\n\n%sender_first%",
          "skeleton": {
            "subject": "%first_name%, a faster week for %company%'s planners?",
            "body": "Hi %first_name%,\n\n&&Hook from the headline&&\n\n{proof}\n\n{soft ask}\n\n%sender_first%",
            "blocks": [
              {"name": "hook", "strategy": "Open on the lead's own headline, not on us.",
               "personalization": {"fields": ["headline", "company"], "approach": "Paraphrase the headline into a route-planning problem.", "fallback": "Mention the challenge of growing delivery volume."}},
              {"name": "proof", "strategy": "One concrete number from a customer.",
               "personalization": {"fields": [], "approach": "Same for every lead.", "fallback": "6 hours a week saved."}},
              {"name": "soft ask", "strategy": "A question, not a meeting request.",
               "personalization": {"fields": ["company"], "approach": "Name their company in the question.", "fallback": "Would it be worth a look?"}}
            ],
            "exampleSubject": "Maya, a faster week for Brightline's planners?",
            "exampleBody": "Hi Maya,\n\nScaling last-mile delivery across West Africa must make every route count.\n\nTeams like yours use RouteWise to cut route planning by 6 hours a week.\n\nWould it be worth a look for Brightline Logistics?\n\nSam"
          },
          "skeleton_history": [
            {"hook": "Start from their headline", "value_prop": "6 hours a week saved on route planning"}
          ],
          "draft_history": [
            {"subject": "Route planning at %company%", "body": "Hi %first_name%,\n\nRouteWise cuts route planning by 6 hours a week.\n\nCan we book 30 minutes on Thursday?\n\n%sender_first%", "created_at": "2026-11-20T09:12:00Z"},
            {"subject": "%first_name%, quick question about %company%", "body": "Hi %first_name%,\n\n&&Hook from the headline&&\n\nRouteWise cuts route planning by 6 hours a week.\n\nCan we book 30 minutes on Thursday?\n\n%sender_first%", "created_at": "2026-11-20T09:20:00Z"}
          ],
          "framework_version": 3,
          "generated_examples": [
            {"lead_id": "0a1b2c3d-1111-4a2b-8c3d-000000000001", "subject": "Maya, a faster week for Brightline Logistics's planners?",
             "body": "Hi Maya,\n\nScaling last-mile delivery across West Africa means every route has to count.\n\nTeams like yours use RouteWise to cut route planning by 6 hours a week, without changing their dispatch tools.\n\nWould it be worth a look for Brightline Logistics?\n\nSam"},
            {"lead_id": "0a1b2c3d-1111-4a2b-8c3d-000000000002", "subject": "Jonas, a faster week for Fjord Analytics's planners?",
             "body": "Hi Jonas,\n\nData-driven growth only works when the data arrives on time — and so do the trucks.\n\nTeams like yours use RouteWise to cut route planning by 6 hours a week, without changing their dispatch tools.\n\nWould it be worth a look for Fjord Analytics?\n\nSam"},
            {"lead_id": "0a1b2c3d-1111-4a2b-8c3d-000000000003", "subject": "%first_name%, a faster week for Sakura Retail's planners?",
             "body": "Hi Aiko,\n\n&&One sentence that ties the lead's headline to route planning&&\n\nTeams like yours use RouteWise to cut route planning by 6 hours a week, without changing their dispatch tools.\n\nWould it be worth a look for Sakura Retail?\n\nSam"}
          ],
          "task_status": null,
          "created_at": "2026-11-20T09:00:00Z",
          "updated_at": "2026-11-20T09:41:00Z"
        },
        {
          "id": "a3bb189e-8bf9-4888-9912-ace4e6543002",
          "user_id": "1b4e28ba-2fa1-41d2-883f-0016d3cca427",
          "campaign_id": "4f6b2a9e-8c1d-4e7a-9b3f-2d5c8e1a7f60",
          "node_id": "9d3f1c2e-5b7a-4c8d-9e0f-1a2b3c4d5e6f",
          "title": null, "messages": null, "draft_subject": null, "draft_body": null, "skeleton": null,
          "skeleton_history": null, "draft_history": null, "framework_version": null, "generated_examples": null,
          "task_status": null,
          "created_at": "2026-11-21T14:00:00Z",
          "updated_at": "2026-11-21T14:00:00Z"
        },
        {
          "id": "e4eaaaf2-d142-4a1b-9c3d-51b4f9a0c6d8",
          "user_id": "1b4e28ba-2fa1-41d2-883f-0016d3cca427",
          "campaign_id": "4f6b2a9e-8c1d-4e7a-9b3f-2d5c8e1a7f60",
          "node_id": "2c5ea4c0-4067-41fa-8f4b-0bd1a3c6e8f2",
          "title": "Ops leaders — step 2: the follow-up",
          "messages": [
            {"role": "user", "content": "Now a follow-up for people who didn't answer the first email. Three days later."},
            {"role": "assistant", "content": "Should the follow-up add a new proof point, or simply bump the first email?"}
          ],
          "draft_subject": "Re: a faster week for %company%",
          "draft_body": "Hi {{first_name}},\n\nJust bumping this in case it got buried. Teams like yours use RouteWise to cut route planning by 6 hours a week, without changing their dispatch tools.\n\n%sender_first%",
          "skeleton": {"hook": "Bump the first email", "value_prop": "Same proof point, shorter"},
          "skeleton_history": null, "draft_history": null, "framework_version": 1, "generated_examples": null,
          "task_status": null,
          "created_at": "2026-11-22T10:00:00Z",
          "updated_at": "2026-11-22T10:05:00Z"
        }
        ]
        """#

    /// One of the seeded sessions, as it is before anyone edits it.
    public static func session(_ id: String) -> Session? { sessions().first { $0.id == id } }

    static func sessions() -> [Session] {
        guard case .array(let items) = try! JSONParser.parse(sessionsJSON) else { return [] }
        return items.map { try! Session(json: $0) }
    }
}
