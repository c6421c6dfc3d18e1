/// The demo's campaigns, as `GET /api/campaigns/{id}` answers them, and their rosters: a draft
/// campaign of three emails with delays between them and an end, whose first email still holds
/// an older text than its session's draft; and an active one, whose emails Puffle refuses to change.
public enum DemoCampaigns {
    /// The demo's draft campaign: Ctrl-P may change its emails.
    public static let draftID = DemoSeed.campaignID
    /// The demo's campaign that is sending: Ctrl-P refuses it.
    public static let activeID = "8d0c2f4e-6a1b-4c3d-9e5f-7a8b9c0d1e2f"
    /// The active campaign's one session.
    public static let activeSessionID = "c27d8e9f-a0b1-4c23-9e4f-5a6b7c8d9e0f"
    /// The draft campaign's third email, which has no session yet.
    public static let thirdEmailID = "9e4a5b6c-7d8e-4f90-8b1c-2d3e4f5a6b7c"

    static let campaignsJSON = #"""
        {
        "4f6b2a9e-8c1d-4e7a-9b3f-2d5c8e1a7f60": {
          "campaign": {
            "id": "4f6b2a9e-8c1d-4e7a-9b3f-2d5c8e1a7f60", "name": "RouteWise — ops leaders, Q1", "type": "email", "status": "draft",
            "signature": "—\n%sender_name%\nRouteWise · route planning for logistics teams",
            "sender_accounts": [{"id": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b", "email_address": "sam@routewise.example",
                                 "display_name": "Sam Rivera", "first_name": "Sam", "last_name": "Rivera", "status": "active"}],
            "stats": {"prospects": 12, "sent": 0}
          },
          "sequence_nodes": [
            {"id": "6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b", "campaign_id": "4f6b2a9e-8c1d-4e7a-9b3f-2d5c8e1a7f60", "position": 0, "type": "email",
             "subject": "Route planning at %company%",
             "body": "Hi %first_name%,\n\nRouteWise cuts route planning by 6 hours a week.\n\nCan we book 30 minutes on Thursday?\n\n%sender_first%",
             "delay_days": 0, "delay_hours": 0, "delay_minutes": 0, "ai_node": false},
            {"id": "7b1e2f3a-4c5d-4e6f-8a9b-0c1d2e3f4a5b", "campaign_id": "4f6b2a9e-8c1d-4e7a-9b3f-2d5c8e1a7f60", "position": 1, "type": "delay",
             "subject": null, "body": null, "delay_days": 3, "delay_hours": 0, "delay_minutes": 0},
            {"id": "2c5ea4c0-4067-41fa-8f4b-0bd1a3c6e8f2", "campaign_id": "4f6b2a9e-8c1d-4e7a-9b3f-2d5c8e1a7f60", "position": 2, "type": "email",
             "subject": "", "body": "", "delay_days": 0, "delay_hours": 0, "delay_minutes": 0, "ai_node": false},
            {"id": "8c2f3a4b-5d6e-4f70-9bac-1d2e3f4a5b6c", "campaign_id": "4f6b2a9e-8c1d-4e7a-9b3f-2d5c8e1a7f60", "position": 3, "type": "delay",
             "subject": null, "body": null, "delay_days": 4, "delay_hours": 12, "delay_minutes": 0},
            {"id": "9e4a5b6c-7d8e-4f90-8b1c-2d3e4f5a6b7c", "campaign_id": "4f6b2a9e-8c1d-4e7a-9b3f-2d5c8e1a7f60", "position": 4, "type": "email",
             "subject": "Closing the loop",
             "body": "Hi %first_name%,\n\nShould I reach out to someone else at %company%, or is %custom_fields.pain_point% not a priority this quarter?\n\n%sender_first%",
             "delay_days": 0, "delay_hours": 0, "delay_minutes": 0, "ai_node": false},
            {"id": "a05b6c7d-8e9f-4a01-9c2d-3e4f5a6b7c8d", "campaign_id": "4f6b2a9e-8c1d-4e7a-9b3f-2d5c8e1a7f60", "position": 5, "type": "end"}
          ],
          "prospects_by_status": {"pending": 9, "contacted": 2, "replied": 1},
          "prospects_by_node": {}
        },
        "8d0c2f4e-6a1b-4c3d-9e5f-7a8b9c0d1e2f": {
          "campaign": {
            "id": "8d0c2f4e-6a1b-4c3d-9e5f-7a8b9c0d1e2f", "name": "RouteWise — retail pilots (sending)", "type": "email", "status": "active",
            "signature": "%sender_name%, RouteWise",
            "sender_accounts": [{"id": "6f7a8b9c-0d1e-4f2a-9b3c-4d5e6f7a8b9c", "email_address": "ana@routewise.example",
                                 "display_name": "Ana Costa", "first_name": "Ana", "last_name": "Costa", "status": "active"}]
          },
          "sequence_nodes": [
            {"id": "b16c7d8e-9fa0-4b12-8d3e-4f5a6b7c8d9e", "campaign_id": "8d0c2f4e-6a1b-4c3d-9e5f-7a8b9c0d1e2f", "position": 0, "type": "email",
             "subject": "A quick idea for %company%", "body": "Hi %first_name%,\n\nA quick idea for your stores.\n\n%sender_first%"},
            {"id": "c27d8e9f-a0b1-4c23-9e4f-5a6b7c8d9e10", "campaign_id": "8d0c2f4e-6a1b-4c3d-9e5f-7a8b9c0d1e2f", "position": 1, "type": "end"}
          ]
        }
        }
        """#

    static let rostersJSON = #"""
        {
        "4f6b2a9e-8c1d-4e7a-9b3f-2d5c8e1a7f60": [
          {"id": "0a1b2c3d-1111-4a2b-8c3d-000000000001", "status": "pending", "email": "maya@brightline.example", "first_name": "Maya", "last_name": "Okafor",
           "name": "Maya Okafor", "company": "Brightline Logistics", "position": "VP Operations", "headline": "Scaling last-mile delivery across West Africa",
           "custom_fields": {"pain_point": "manual route planning", "fleet_size": 120}},
          {"id": "0a1b2c3d-1111-4a2b-8c3d-000000000002", "status": "pending", "email": "jonas@fjord.example", "first_name": "Jonas", "last_name": "Lindqvist",
           "name": "Jonas Lindqvist", "company": "Fjord Analytics", "position": "Head of Growth", "headline": "Data-driven growth for Nordic SaaS",
           "custom_fields": {"pain_point": "slow reporting"}},
          {"id": "0a1b2c3d-1111-4a2b-8c3d-000000000003", "status": "contacted", "email": "aiko@sakura.example", "first_name": "Aiko", "last_name": "Tanaka",
           "name": "Aiko Tanaka", "company": "Sakura Retail", "position": "COO", "headline": "Omnichannel retail, 40 stores and counting",
           "custom_fields": {"pain_point": "stock-outs during promotions", "stores": 40}},
          {"id": "0a1b2c3d-1111-4a2b-8c3d-000000000004", "status": "pending", "email": "priya@monsoon.example", "first_name": "Priya", "last_name": "Raman",
           "name": "Priya Raman", "company": "Monsoon Freight", "position": "Director of Dispatch", "headline": "Monsoon-proof freight for South India",
           "custom_fields": {"tms": "Oracle", "regions": ["Kerala", "Tamil Nadu"]}},
          {"id": "0a1b2c3d-1111-4a2b-8c3d-000000000005", "status": "pending", "email": "lucas@bleu.example", "first_name": "Lucas", "last_name": "Moreau",
           "name": "Lucas Moreau", "company": "Bleu Transports", "position": "Responsable des opérations", "headline": null,
           "custom_fields": {"language": "fr"}},
          {"id": "0a1b2c3d-1111-4a2b-8c3d-000000000006", "status": "pending", "email": "ops@northwind.example", "first_name": null, "last_name": null,
           "name": null, "company": "Northwind Traders", "position": null, "headline": null, "custom_fields": null},
          {"id": "0a1b2c3d-1111-4a2b-8c3d-000000000007", "status": "replied", "email": "elena@rutaverde.example", "first_name": "Elena", "last_name": "García",
           "name": "Elena García", "company": "Ruta Verde", "position": "Logistics Lead", "headline": "Electric vans for Iberian cities",
           "custom_fields": {"region": "Iberia", "ev_share": "35%"}},
          {"id": "0a1b2c3d-1111-4a2b-8c3d-000000000008", "status": "pending", "email": "tomas@vltava.example", "first_name": "Tomáš", "last_name": "Novák",
           "name": "Tomáš Novák", "company": "Vltava Couriers", "position": "CEO", "headline": "Same-day courier for Prague", "custom_fields": {}},
          {"id": "0a1b2c3d-1111-4a2b-8c3d-000000000009", "status": "pending", "email": "grace@akwaaba.example", "first_name": "Grace", "last_name": "Mensah",
           "name": "Grace Mensah", "company": "Akwaaba Deliveries", "position": "Head of Operations", "headline": "Moving Accra, one parcel at a time",
           "custom_fields": {"fleet_size": 35, "pain_point": "late deliveries"}},
          {"id": "0a1b2c3d-1111-4a2b-8c3d-000000000010", "status": "contacted", "email": "noah@alpen.example", "first_name": "Noah", "last_name": "Fischer",
           "name": "Noah Fischer", "company": "Alpen Logistik", "position": "Fleet Manager", "headline": null, "custom_fields": {"winter_routes": true}},
          {"id": "0a1b2c3d-1111-4a2b-8c3d-000000000011", "status": "pending", "email": "zainab@lagoslm.example", "first_name": "Zainab", "last_name": "Bello",
           "name": "Zainab Bello", "company": "Lagos Last Mile", "position": "Founder", "headline": "Last mile, first class",
           "custom_fields": {"funding": "Series A"}},
          {"id": "0a1b2c3d-1111-4a2b-8c3d-000000000012", "status": "pending", "email": "wei@harborlink.example", "first_name": "Wei", "last_name": "Chen",
           "name": "Wei Chen", "company": "Harbor Link", "position": "VP Supply Chain", "headline": "Port-to-door in 48 hours",
           "custom_fields": {"port": "Rotterdam"}}
        ],
        "8d0c2f4e-6a1b-4c3d-9e5f-7a8b9c0d1e2f": [
          {"id": "1b2c3d4e-2222-4b3c-9d4e-000000000001", "status": "contacted", "email": "ines@mercado.example", "first_name": "Inês", "last_name": "Silva",
           "name": "Inês Silva", "company": "Mercado Fresco", "position": "Store Operations", "custom_fields": {"stores": 18}},
          {"id": "1b2c3d4e-2222-4b3c-9d4e-000000000002", "status": "pending", "email": "omar@souk.example", "first_name": "Omar", "last_name": "Haddad",
           "name": "Omar Haddad", "company": "Souk Online", "position": "COO", "custom_fields": {}}
        ]
        }
        """#

    static let activeSessionJSON = #"""
        {
          "id": "c27d8e9f-a0b1-4c23-9e4f-5a6b7c8d9e0f", "user_id": "1b4e28ba-2fa1-41d2-883f-0016d3cca427",
          "campaign_id": "8d0c2f4e-6a1b-4c3d-9e5f-7a8b9c0d1e2f", "node_id": "b16c7d8e-9fa0-4b12-8d3e-4f5a6b7c8d9e",
          "title": "Retail pilots — the one email",
          "messages": [{"role": "user", "content": "A short first email to store operations leads."},
                       {"role": "assistant", "content": "Drafted: one idea, one question."}],
          "draft_subject": "%first_name%, one idea for %company%'s stores",
          "draft_body": "Hi %first_name%,\n\nStores like yours cut stock-outs by planning deliveries around promotions.\n\nWorth a look?\n\n%sender_first%",
          "skeleton": {"hook": "Their stores", "value_prop": "Fewer stock-outs"},
          "skeleton_history": null, "draft_history": null, "framework_version": 1, "generated_examples": null, "task_status": null,
          "created_at": "2026-11-25T08:00:00Z", "updated_at": "2026-11-25T08:30:00Z"
        }
        """#

    /// The demo's campaigns by id, as answered.
    static func campaigns() -> [String: JSONValue] {
        guard case .object(let object) = try! JSONParser.parse(campaignsJSON) else { return [:] }
        return Dictionary(uniqueKeysWithValues: object.entries.map { ($0.key, $0.value) })
    }

    static func rosters() -> [String: [JSONValue]] {
        guard case .object(let object) = try! JSONParser.parse(rostersJSON) else { return [:] }
        var rosters = Dictionary(uniqueKeysWithValues: object.entries.map { ($0.key, $0.value.arrayValue ?? []) })
        rosters[draftID, default: []] += moreLeads()
        return rosters
    }

    /// The rest of the draft campaign's forty leads, made from a short table so the sequence
    /// review has a roster to count over: a few have no company or no first name, and only some
    /// have the custom field `pain_point` that the third email uses.
    static func moreLeads() -> [JSONValue] {
        let people: [(first: String?, last: String, company: String?, pain: String?)] = [
            ("Amara", "Diallo", "Sahel Freight", "fuel costs"), ("Bruno", "Costa", "Atlântico Cargo", nil),
            ("Chloé", "Martin", "Loire Express", "driver turnover"), (nil, "Schmidt", "Rhein Spedition", nil),
            ("Daniel", "Kim", nil, "manual route planning"), ("Eva", "Horvat", "Adria Parcel", nil),
            ("Farid", "Nasser", "Gulf Haulage", "late deliveries"), ("Greta", "Berg", "Nordlys Transport", nil),
            ("Hugo", "Lambert", "Flandre Logistique", nil), ("Ines", "Ferreira", nil, nil),
            ("Jakub", "Wiśniewski", "Wisła Kurier", "slow reporting"), ("Kofi", "Asante", "Volta Movers", nil),
            ("Lena", "Vogel", "Alpen Frische", "stock-outs during promotions"),
            ("Mateo", "Rossi", "Po Valley Freight", nil),
            ("Nadia", "Petrova", "Neva Logistics", nil), (nil, "O'Brien", "Liffey Logistics", nil),
            ("Pablo", "Ortega", "Sierra Reparto", "manual route planning"), ("Quinn", "Taylor", "Thames Couriers", nil),
            ("Rania", "Haddad", "Levant Express", nil), ("Sofia", "Andersson", "Göta Distribution", nil),
            ("Tariq", "Rahman", "Delta Haulers", "fuel costs"), ("Uma", "Krishnan", "Kaveri Carriers", nil),
            ("Viktor", "Novak", "Danube Parcel", nil), ("Yara", "Lima", "Amazonia Entregas", "late deliveries"),
            ("Zoe", "Carter", "Harbour Line", nil), ("Aleksander", "Nowak", "Baltic Reach", nil),
            ("Beatriz", "Santos", "Tejo Transportes", nil), ("Chidi", "Okeke", "Niger Delta Logistics", nil)
        ]
        return people.enumerated().map { index, person in
            var object = JSONObject()
            object["id"] = .string("0a1b2c3d-1111-4a2b-8c3d-0000000001\(index + 13)")
            object["status"] = .string("pending")
            let handle = (person.first ?? person.last).lowercased().filter(\.isLetter)
            object["email"] = .string("\(handle)@lead\(index + 13).example")
            object["first_name"] = person.first.map(JSONValue.string) ?? .null
            object["last_name"] = .string(person.last)
            object["name"] = person.first.map { .string("\($0) \(person.last)") } ?? .null
            object["company"] = person.company.map(JSONValue.string) ?? .null
            object["position"] = .string(["Head of Operations", "COO", "Fleet Manager", "VP Logistics"][index % 4])
            object["custom_fields"] = .object(
                JSONObject(person.pain.map { [("pain_point", JSONValue.string($0))] } ?? []))
            return .object(object)
        }
    }

    static func activeSession() -> Session { try! Session(json: try! JSONParser.parse(activeSessionJSON)) }
}
