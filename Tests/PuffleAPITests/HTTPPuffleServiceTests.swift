import XCTest
import TestSupport
@testable import PuffleAPI

/// The real URLSession client against the contract fake on 127.0.0.1.
final class HTTPPuffleServiceTests: XCTestCase {
    var server: FakeServer!
    var client: HTTPPuffleService!

    override func setUpWithError() throws {
        server = try FakeServer()
        try server.seed(SampleSessions.rich())
        try server.seed(SampleSessions.empty())
        client = HTTPPuffleService(
            configuration: .init(baseURL: server.baseURL, apiKey: FakeServer.apiKey, requestTimeout: 2))
    }

    override func tearDown() {
        client = nil
        server = nil
    }

    private func expectError(
        _ expected: (APIError) -> Bool, _ body: () async throws(APIError) -> Void,
        file: StaticString = #filePath, line: UInt = #line
    ) async {
        do {
            try await body()
            XCTFail("expected an error", file: file, line: line)
        } catch {
            XCTAssertTrue(expected(error), "got \(error): \(error.message)", file: file, line: line)
        }
    }

    func testGetSendsTheKeyAndUserAgentAndDecodes() async throws {
        let session = try await client.session(id: SampleSessions.richID)
        XCTAssertEqual(session.title, "Ops leaders — step 1")
        XCTAssertEqual(session.json["x_future_field"]?["big"], .number(JSONNumber(literal: "9007199254740991")!))
        let request = try XCTUnwrap(server.requests().last)
        XCTAssertEqual(request.method, "GET")
        XCTAssertEqual(request.path, "/api/campaigns/ai-chat-sessions/\(SampleSessions.richID)")
        XCTAssertEqual(request.authorization, "Bearer \(FakeServer.apiKey)")
        XCTAssertEqual(request.userAgent, "puffle-draft/\(PuffleDraft.version)")
    }

    func testListCreateDelete() async throws {
        let listed = try await client.listSessions(campaignID: SampleSessions.campaignID)
        XCTAssertEqual(listed.map(\.id), [SampleSessions.richID, SampleSessions.emptyID])
        XCTAssertEqual(try server.requests().last?.query, "campaign_id=\(SampleSessions.campaignID)")

        let created = try await client.createSession(
            campaignID: SampleSessions.campaignID, nodeID: "2c5ea4c0-4067-41fa-8f4b-0bd1a3c6e8f2")
        XCTAssertNil(created.title)
        XCTAssertTrue(SessionID.isValid(created.id))
        XCTAssertEqual(
            try server.requests().last?.json,
            ["campaign_id": .string(SampleSessions.campaignID), "node_id": "2c5ea4c0-4067-41fa-8f4b-0bd1a3c6e8f2"])

        try await client.deleteSession(id: created.id)
        await expectError({ $0 == .notFound(message: "Session not found") }) { () async throws(APIError) in
            _ = try await client.session(id: created.id)
        }
    }

    func testPatchSendsExactlyTheMinimalBody() async throws {
        let loaded = try await client.session(id: SampleSessions.richID)
        var edited = loaded
        edited.title = "Ops leaders — step 1 (v2) 中文 😀"
        let saved = try await client.patchSession(id: loaded.id, body: SessionPatch.body(from: loaded, to: edited)!)
        XCTAssertEqual(saved.title, "Ops leaders — step 1 (v2) 中文 😀")
        XCTAssertNotEqual(saved.updatedAt, loaded.updatedAt)
        let request = try XCTUnwrap(server.writes().last)
        XCTAssertEqual(request.method, "PATCH")
        XCTAssertEqual(request.body, #"{"title":"Ops leaders — step 1 (v2) 中文 😀"}"#)
        XCTAssertEqual(
            try server.storedSession(loaded.id)["draft_body"], SampleSessions.rich()["draft_body"],
            "fields not in the patch are untouched")
    }

    func testTurnAndGenerateExamplesBodies() async throws {
        let lead = Lead(fields: ["first_name": "Maya", "company": "Brightline"], customFields: ["tier": "gold"])
        let run = try await client.startTurn(
            sessionID: SampleSessions.richID,
            request: TurnRequest(
                message: "Shorter, please", availableVarNames: ["first_name", "company"], sampleLeads: [lead],
                sequenceContext: SequenceContext(position: 1, totalNodes: 3)))
        XCTAssertTrue(run.runID.hasPrefix("run_"))
        XCTAssertEqual(
            try server.writes().last?.body,
            #"{"message":"Shorter, please","availableVarNames":["first_name","company"],"sampleLeads":[{"first_name":"Maya","company":"Brightline","custom_fields":{"tier":"gold"}}],"sequenceContext":{"position":1,"total_nodes":3,"prior_nodes":[]}}"#
        )
        let claimed = try await client.session(id: SampleSessions.richID)
        XCTAssertEqual(claimed.taskStatus, .chatProcessing)

        await expectError({ $0 == .busy(message: "Session is busy (chat_processing)") }) { () async throws(APIError) in
            _ = try await client.generateExamples(
                sessionID: SampleSessions.richID, request: .init(leads: [lead], isFirstBatch: true))
        }
        try server.finishTask(SampleSessions.richID)
        _ = try await client.generateExamples(
            sessionID: SampleSessions.richID, request: .init(leads: [lead], isFirstBatch: false))
        XCTAssertEqual(
            try server.writes().last?.body,
            #"{"leads":[{"first_name":"Maya","company":"Brightline","custom_fields":{"tier":"gold"}}],"isFirstBatch":false}"#
        )
    }

    func testGenerateExamplesWithoutASkeletonShowsTheServersMessage() async {
        await expectError({
            $0 == .rejected(status: 400, message: "Session has no framework yet. Chat first to create one.")
        }) { () async throws(APIError) in
            _ = try await client.generateExamples(
                sessionID: SampleSessions.emptyID, request: .init(leads: [], isFirstBatch: true))
        }
    }

    func testAuthenticationFailuresAreNeverRetried() async throws {
        let bad = HTTPPuffleService(configuration: .init(baseURL: server.baseURL, apiKey: "pk_live_wrong"))
        await expectError({ $0 == .unauthorized(status: 401, message: "Invalid API key") }) {
            () async throws(APIError) in
            _ = try await bad.session(id: SampleSessions.richID)
        }
        XCTAssertEqual(try server.requests().count, 1)
        try server.fault(["mode": "status", "status": 403, "message": "Forbidden for this workspace"])
        await expectError({ $0 == .unauthorized(status: 403, message: "Forbidden for this workspace") }) {
            () async throws(APIError) in
            _ = try await client.session(id: SampleSessions.richID)
        }
        XCTAssertEqual(try server.requests().count, 2)
    }

    func testAKeyEchoedByTheServerIsScrubbedFromTheMessage() async throws {
        try server.fault(["mode": "status", "status": 401, "message": .string("Unknown key \(FakeServer.apiKey)")])
        await expectError({ $0 == .unauthorized(status: 401, message: "Unknown key [redacted]") }) {
            () async throws(APIError) in
            _ = try await client.session(id: SampleSessions.richID)
        }
    }

    func testAllThreeErrorEnvelopesAreRead() async throws {
        let bodies = [
            #"{"error":"Plain string"}"#, #"{"error":{"code":"x","message":"Nested message"}}"#,
            #"{"message":"Top-level message"}"#
        ]
        let expected = ["Plain string", "Nested message", "Top-level message"]
        for (body, message) in zip(bodies, expected) {
            try server.fault(["mode": "status", "status": 400, "body": .string(body)])
            await expectError({ $0 == .rejected(status: 400, message: message) }) { () async throws(APIError) in
                _ = try await client.session(id: SampleSessions.richID)
            }
        }
    }

    func testMalformedIDsAndUnknownSessions() async {
        await expectError({ $0 == .invalidID("not-a-uuid") }) { () async throws(APIError) in
            _ = try await client.session(id: "not-a-uuid")
        }
        XCTAssertFalse(try server.requests().contains { $0.path.contains("not-a-uuid") }, "refused before sending")
        await expectError({ $0.status == 404 }) { () async throws(APIError) in
            _ = try await client.session(id: "11111111-2222-4333-8444-555555555555")
        }
    }

    func testRateLimitWaitsForRetryAfterThenSucceeds() async throws {
        try server.fault(["method": "GET", "mode": "status", "status": 429, "retry_after": 1, "message": "Slow down"])
        let started = Date()
        let session = try await client.session(id: SampleSessions.richID)
        XCTAssertEqual(session.id, SampleSessions.richID)
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(started), 0.9)
        XCTAssertEqual(try server.requests().count, 2)
    }

    func testRateLimitThatOutlastsTheRetriesIsReported() async throws {
        try server.fault(["mode": "status", "status": 429, "retry_after": 120, "message": "Slow down"])
        await expectError({ $0 == .rateLimited(retryAfter: 120, message: "Slow down") }) { () async throws(APIError) in
            _ = try await client.session(id: SampleSessions.richID)
        }
        XCTAssertTrue(APIError.rateLimited(retryAfter: 120, message: "Slow down").message.contains("120 s"))
    }

    func testServerErrorsAndTheOneSafeRetryOfATurn() async throws {
        try server.fault(["mode": "status", "status": 503, "message": "Maintenance"])
        await expectError({ $0 == .serverError(status: 503, message: "Maintenance") }) { () async throws(APIError) in
            _ = try await client.session(id: SampleSessions.richID)
        }
        try server.fault(["path_contains": "/turn", "mode": "status", "status": 500, "message": "Dispatch failed"])
        _ = try await client.startTurn(sessionID: SampleSessions.richID, request: TurnRequest(message: "hi"))
        XCTAssertEqual(
            try server.writes().filter { $0.path.hasSuffix("/turn") }.count, 2, "one immediate retry after a 500")
        try server.finishTask(SampleSessions.richID)
        try server.fault([
            "path_contains": "/turn", "mode": "status", "status": 500, "message": "Dispatch failed", "times": 2
        ])
        await expectError({ $0 == .serverError(status: 500, message: "Dispatch failed") }) {
            () async throws(APIError) in
            _ = try await client.startTurn(sessionID: SampleSessions.richID, request: TurnRequest(message: "hi"))
        }
    }

    /// A paid POST whose answer is lost, or whose connection drops before the server took it,
    /// goes out once: the client cannot tell the two apart, so it never guesses by sending again.
    func testAPaidRequestWithoutAnAnswerIsSentOnce() async throws {
        for (round, mode) in ["lose_answer", "drop"].enumerated() {
            try server.fault(["path_contains": "/turn", "mode": .string(mode)])
            await expectError({ $0.mayHaveReachedServer }) { () async throws(APIError) in
                _ = try await client.startTurn(
                    sessionID: SampleSessions.emptyID, request: TurnRequest(message: "hi \(round)"))
            }
            XCTAssertEqual(try server.writes().filter { $0.path.hasSuffix("/turn") }.count, round + 1, mode)
            let claimed = try await client.session(id: SampleSessions.emptyID).taskStatus
            XCTAssertEqual(
                claimed != nil, mode == "lose_answer", "\(mode): the session tells whether the turn was taken")
            if claimed != nil { try server.finishTask(SampleSessions.emptyID) }
        }
        try server.fault(["path_contains": "/generate-examples", "mode": "lose_answer"])
        await expectError({ $0.mayHaveReachedServer }) { () async throws(APIError) in
            _ = try await client.generateExamples(
                sessionID: SampleSessions.richID,
                request: GenerateExamplesRequest(leads: [Lead(fields: ["first_name": "Maya"])], isFirstBatch: true))
        }
        XCTAssertEqual(try server.writes().filter { $0.path.hasSuffix("/generate-examples") }.count, 1)
    }

    func testAnHTMLErrorPageIsBoiledDownToItsTitle() async throws {
        try server.fault(["mode": "html502"])
        await expectError({ $0 == .serverError(status: 502, message: "502 Bad Gateway") }) {
            () async throws(APIError) in
            _ = try await client.session(id: SampleSessions.richID)
        }
    }

    func testInvalidAndWronglyTypedJSON() async throws {
        try server.fault(["mode": "invalid_json"])
        await expectError({ if case .invalidResponse(200, let d) = $0 { d.hasPrefix("not JSON") } else { false } }) {
            () async throws(APIError) in
            _ = try await client.session(id: SampleSessions.richID)
        }
        try server.fault(["mode": "wrong_type"])
        await expectError({ if case .invalidResponse(200, let d) = $0 { d.contains("title") } else { false } }) {
            () async throws(APIError) in
            _ = try await client.session(id: SampleSessions.richID)
        }
    }

    func testConnectionRefusedDroppedAndTimedOut() async throws {
        let closedPort = HTTPPuffleService(
            configuration: .init(baseURL: URL(string: "http://127.0.0.1:9")!, apiKey: "k"))
        await expectError({ if case .unreachable = $0 { true } else { false } }) { () async throws(APIError) in
            _ = try await closedPort.session(id: SampleSessions.richID)
        }
        try server.fault(["mode": "drop"])
        await expectError({
            if case .unreachable = $0 { true } else if case .invalidResponse = $0 { true } else { false }
        }) { () async throws(APIError) in
            _ = try await client.session(id: SampleSessions.richID)
        }
        try server.fault(["mode": "delay", "seconds": 4])
        await expectError({ $0 == .timedOut }) { () async throws(APIError) in
            _ = try await client.session(id: SampleSessions.richID)
        }
    }

    func testEveryErrorHasAMessageWithItsStatus() {
        XCTAssertEqual(
            APIError.busy(message: "Session is busy (chat_processing)").message,
            "HTTP 409: Session is busy (chat_processing) — wait for the running task to finish")
        XCTAssertTrue(
            APIError.unauthorized(status: 401, message: "Invalid API key").message.hasPrefix(
                "HTTP 401: Invalid API key"))
        XCTAssertEqual(APIError.unreachable(.refused).message, "cannot reach the server: connection refused")
    }
}
