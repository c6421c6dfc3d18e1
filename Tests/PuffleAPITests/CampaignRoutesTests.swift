import XCTest
import TestSupport
@testable import PuffleAPI

/// The campaign routes with the real URLSession client against the contract fake.
final class CampaignRoutesTests: XCTestCase {
    var server: FakeServer!
    var client: HTTPPuffleService!

    override func setUpWithError() throws {
        server = try FakeServer()
        try server.seedCampaign(SampleCampaigns.draft(), prospects: SampleCampaigns.prospects(2_500))
        client = HTTPPuffleService(
            configuration: .init(baseURL: server.baseURL, apiKey: FakeServer.apiKey, requestTimeout: 5))
    }

    override func tearDown() {
        client = nil
        server = nil
    }

    func testTheCampaignItsSenderAndItsSequenceInOrder() async throws {
        let campaign = try await client.campaign(id: SampleCampaigns.campaignID)
        XCTAssertEqual(campaign.name, "Ops leaders Q1")
        XCTAssertTrue(campaign.isDraft)
        XCTAssertEqual(
            campaign.sender?.variables, ["sender_first": "Sam", "sender_last": "Rivera", "sender_name": "Sam Rivera"])
        XCTAssertEqual(campaign.signature, "Cheers,\n%sender_first%")
        XCTAssertEqual(campaign.nodes.map(\.type), ["email", "delay", "email", "delay", "email", "end"])
        XCTAssertEqual(
            campaign.messageNodes.map(\.id),
            [SampleCampaigns.firstEmailID, SampleCampaigns.secondEmailID, SampleCampaigns.thirdEmailID])
        let request = try XCTUnwrap(server.requests().last)
        XCTAssertEqual(request.path, "/api/campaigns/\(SampleCampaigns.campaignID)")
        XCTAssertEqual(request.authorization, "Bearer \(FakeServer.apiKey)")
    }

    func testARosterOfThousandsComesInPages() async throws {
        var seen: [Prospect] = []
        var page = 1
        while true {
            let roster = try await client.roster(campaignID: SampleCampaigns.campaignID, page: page, limit: 100)
            XCTAssertEqual(roster.total, 2_500)
            seen += roster.prospects
            guard roster.hasMore else { break }
            page += 1
        }
        XCTAssertEqual(page, 25)
        XCTAssertEqual(Set(seen.map(\.id)).count, 2_500)
        XCTAssertEqual(seen[6].displayName, nil, "a prospect with no name has none")
        XCTAssertEqual(seen[0].customFields, ["tier": "gold", "seats": "0"], "custom fields of any type read as text")
        XCTAssertEqual(seen[0].lead.fields["id"], seen[0].id, "the lead carries the prospect's id")
        XCTAssertEqual(try server.requests().last?.query, "page=25&limit=100")
    }

    func testPuttingANodeWritesOnlyTheKeysSent() async throws {
        let node = try await client.updateNode(
            campaignID: SampleCampaigns.campaignID, nodeID: SampleCampaigns.firstEmailID,
            body: JSONObject([("body", .string("New body"))]))
        XCTAssertEqual(node.body, "New body")
        XCTAssertEqual(node.subject, "Old subject", "the subject was not sent, so it stays")
        let put = try XCTUnwrap(server.writes().last)
        XCTAssertEqual(put.method, "PUT")
        XCTAssertEqual(
            put.path, "/api/campaigns/\(SampleCampaigns.campaignID)/sequence/nodes/\(SampleCampaigns.firstEmailID)")
        XCTAssertEqual(put.body, #"{"body":"New body"}"#)
    }

    func testOnlyDraftCampaignsChangeAndUnknownIdsAre404() async throws {
        try server.seedCampaign(SampleCampaigns.draft(status: "active"))
        do {
            _ = try await client.updateNode(
                campaignID: SampleCampaigns.campaignID, nodeID: SampleCampaigns.firstEmailID,
                body: JSONObject([("body", .string("x"))]))
            XCTFail("an active campaign must refuse")
        } catch {
            XCTAssertEqual(
                error, .rejected(status: 400, message: "Campaign must be in draft status to edit its sequence"))
        }
        try server.seedCampaign(SampleCampaigns.draft())
        do {
            _ = try await client.updateNode(
                campaignID: SampleCampaigns.campaignID, nodeID: "5b2c4d6e-8f0a-4b1c-9d2e-3f4a5b6c7d8e",
                body: JSONObject([("body", .string("x"))]))
            XCTFail("an unknown node")
        } catch {
            XCTAssertEqual(error, .notFound(message: "Sequence node not found"))
        }
        do {
            _ = try await client.campaign(id: "5b2c4d6e-8f0a-4b1c-9d2e-3f4a5b6c7d8e")
            XCTFail("an unknown campaign")
        } catch {
            XCTAssertEqual(error, .notFound(message: "Campaign not found"))
        }
    }

    func testAForbiddenCampaignIsAnAuthorisationError() async throws {
        try server.fault([
            "path_contains": .string("/api/campaigns/\(SampleCampaigns.campaignID)"), "mode": "status", "status": 403,
            "message": "Not your campaign"
        ])
        do {
            _ = try await client.campaign(id: SampleCampaigns.campaignID)
            XCTFail("403")
        } catch {
            XCTAssertEqual(error, .unauthorized(status: 403, message: "Not your campaign"))
        }
    }

    func testOddShapesAreReadNotRefused() throws {
        let answer: JSONValue = [
            "campaign": ["id": "x", "status": 3, "sender_accounts": [["display_name": "Ana Maria Costa"]]],
            "sequence_nodes": [
                ["id": "c", "position": 2, "type": "email"],
                ["id": "a", "position": 0, "type": "carrier_pigeon", "subject": "?"],
                ["id": "b", "position": 2, "type": "message", "body": "hello"],
                ["position": 1, "type": "email"],
                ["id": "d", "type": "email", "subject": 5]
            ]
        ]
        let campaign = try XCTUnwrap(Campaign(answer: answer))
        XCTAssertNil(campaign.status, "a status of another type is left out")
        XCTAssertEqual(
            campaign.nodes.map(\.id), ["a", "c", "b", "d"],
            "by position, ties as sent, no position last; no id: skipped")
        XCTAssertEqual(campaign.messageNodes.map(\.id), ["c", "b", "d"], "an unknown type is no message")
        XCTAssertEqual(
            campaign.sender?.variables,
            ["sender_first": "Ana", "sender_last": "Costa", "sender_name": "Ana Maria Costa"])
        XCTAssertNil(Campaign(answer: ["sequence_nodes": []]))
    }

    /// Counts past any sense (a wait of 2^63 days, a page whose number times its size does not
    /// fit) are read without a trap: the sequence's timeline and the roster's paging both trapped.
    func testNumbersOutOfEveryRangeAreReadWithoutATrap() throws {
        let huge = try XCTUnwrap(JSONNumber(literal: "9223372036854775807"))
        let node = try XCTUnwrap(
            SequenceNode(
                json: ["id": "w", "type": "delay", "delay_days": .number(huge), "delay_hours": .number(huge)]))
        XCTAssertEqual(node.delayDays, 1_000_000)
        XCTAssertEqual(node.delayMinutesTotal, 1_000_000 * 1_500)
        let page = try XCTUnwrap(
            RosterPage(
                answer: [
                    "prospects": .array(SampleCampaigns.prospects(1)), "total": .number(huge), "page": .number(huge)
                ],
                page: 1, limit: 100))
        XCTAssertFalse(page.hasMore, "no page can follow one numbered past what fits")
    }
}

/// A connection the server closes without answering is an error at once, for every verb, on a
/// fresh connection and on one kept alive from an earlier request; the writes go on fresh ones.
final class DroppedConnectionTests: XCTestCase {
    var server: FakeServer!

    override func setUpWithError() throws {
        server = try FakeServer()
        try server.seed(SampleSessions.rich())
        try server.seedCampaign(SampleCampaigns.draft())
    }

    override func tearDown() { server = nil }

    private func call(_ verb: String, _ client: HTTPPuffleService) async throws(APIError) {
        switch verb {
        case "GET": _ = try await client.session(id: SampleSessions.richID)
        case "POST":
            _ = try await client.createSession(
                campaignID: SampleSessions.campaignID, nodeID: SampleCampaigns.thirdEmailID)
        case "PATCH":
            _ = try await client.patchSession(id: SampleSessions.richID, body: JSONObject([("title", .string("t"))]))
        case "PUT":
            _ = try await client.updateNode(
                campaignID: SampleCampaigns.campaignID, nodeID: SampleCampaigns.firstEmailID,
                body: JSONObject([("body", .string("b"))]))
        default: try await client.deleteSession(id: SampleSessions.emptyID)
        }
    }

    func testEveryVerbFailsFastOnFreshAndReusedConnections() async throws {
        for verb in ["GET", "POST", "PATCH", "PUT", "DELETE"] {
            for reused in [false, true] {
                try server.seed(SampleSessions.empty())
                let client = HTTPPuffleService(
                    configuration: .init(baseURL: server.baseURL, apiKey: FakeServer.apiKey, requestTimeout: 30))
                if reused {
                    // A GET and a write first, so both kinds of connection have been used.
                    _ = try await client.session(id: SampleSessions.richID)
                    _ = try await client.patchSession(
                        id: SampleSessions.richID, body: JSONObject([("title", .string("warm"))]))
                }
                try server.fault(["method": .string(verb), "mode": "drop", "times": 2])
                let start = Date()
                var failed = false
                do { try await call(verb, client) } catch {
                    failed = true
                    if case .unreachable = error {} else { XCTFail("\(verb) reused \(reused): \(error)") }
                }
                let elapsed = Date().timeIntervalSince(start)
                XCTAssertLessThan(
                    elapsed, 2, "\(verb) on a \(reused ? "reused" : "fresh") connection took \(elapsed) s")
                XCTAssertTrue(failed, "\(verb) reused \(reused): the drop is an error")
                try server.clearFaults()
            }
        }
    }

    func testWritesGoOnConnectionsOfTheirOwnAndGetsShareOne() async throws {
        let client = HTTPPuffleService(configuration: .init(baseURL: server.baseURL, apiKey: FakeServer.apiKey))
        for _ in 0..<3 { _ = try await client.session(id: SampleSessions.richID) }
        for title in ["a", "b", "c"] {
            _ = try await client.patchSession(id: SampleSessions.richID, body: JSONObject([("title", .string(title))]))
        }
        let requests = try server.requests()
        let gets = requests.filter { $0.method == "GET" }, patches = requests.filter { $0.method == "PATCH" }
        XCTAssertEqual(Set(gets.map(\.peerPort)).count, 1, "GETs keep one connection alive")
        XCTAssertEqual(Set(patches.map(\.peerPort)).count, 3, "each PATCH on a fresh connection")
        XCTAssertTrue(patches.allSatisfy { $0.connection == "close" })
    }
}
