import Foundation
import TestSupport
import XCTest

@testable import PuffleAPI

/// The real client against the contract fake in its hostile modes: redirects, answers that never
/// end or trickle, and ids that are not UUIDs. Each check would fail if the guard were taken out.
final class HostileServerTests: XCTestCase {
    var server: FakeServer!

    override func setUpWithError() throws {
        server = try FakeServer()
        try server.seed(SampleSessions.rich())
    }

    override func tearDown() { server = nil }

    private func client(timeout: TimeInterval = 2, maxBytes: Int = 256 << 20) -> HTTPPuffleService {
        HTTPPuffleService(
            configuration: .init(
                baseURL: server.baseURL, apiKey: FakeServer.apiKey, requestTimeout: timeout,
                maxResponseBytes: maxBytes))
    }

    private func failure(_ body: () async throws -> Void) async -> APIError? {
        do { try await body() } catch { return error as? APIError ?? .unexpected(detail: "not an APIError: \(error)") }
        return nil
    }

    func testARedirectIsRefusedNamesItsTargetAndTheKeyGoesNowhereElse() async throws {
        // `localhost` is the same fake under another host name: a followed redirect would show in its log.
        for (status, location) in [
            (302, "http://localhost:\(server.port)/api/campaigns/ai-chat-sessions/\(SampleSessions.richID)"),
            (307, "http://127.0.0.2:\(server.port)/steal")
        ] {
            try server.fault([
                "path_contains": .string(SampleSessions.richID), "mode": "redirect",
                "status": .number(JSONNumber(status)), "location": .string(location)
            ])
            let before = try server.requests().count
            let error = await failure { _ = try await client().session(id: SampleSessions.richID) }
            guard case .redirected(status, let target)? = error else {
                return XCTFail("got \(String(describing: error))")
            }
            XCTAssertEqual(target, URL(string: location)!.scheme! + "://" + URL(string: location)!.host!)
            XCTAssertTrue(error!.message.contains("never follows a redirect"), error!.message)
            XCTAssertFalse(error!.isTransient, "a redirect is not tried again")
            XCTAssertEqual(try server.requests().count, before + 1, "only the first request reached any server")
        }
    }

    func testAnEndlessAnswerIsCutOffAtTheCapAndMemoryStaysBounded() async throws {
        try server.fault(["path_contains": .string(SampleSessions.richID), "mode": "endless"])
        let started = Date()
        let error = await failure { _ = try await client(maxBytes: 4 << 20).session(id: SampleSessions.richID) }
        guard case .answerTooLarge(let limit)? = error else { return XCTFail("got \(String(describing: error))") }
        XCTAssertEqual(limit, 4 << 20)
        XCTAssertTrue(error!.message.contains("max_response_mb = 4 MB"), error!.message)
        XCTAssertLessThan(Date().timeIntervalSince(started), 20, "cut off, not read to the end")
    }

    func testSeveralEndlessAnswersAtOnceAreEachCutOff() async throws {
        try server.fault(["path_contains": .string(SampleSessions.richID), "mode": "endless", "times": -1])
        let client = client(maxBytes: 2 << 20)
        let started = Date()
        let errors = await withTaskGroup(of: APIError?.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    do { _ = try await client.session(id: SampleSessions.richID) } catch { return error as? APIError }
                    return nil
                }
            }
            var found: [APIError?] = []
            for await error in group { found.append(error) }
            return found
        }
        // Each is cut off at the cap, or at the deadline when the others' streams keep it waiting.
        XCTAssertEqual(errors.count, 4)
        XCTAssertTrue(
            errors.allSatisfy { $0 == .answerTooLarge(limitBytes: 2 << 20) || $0 == .tooSlow(seconds: 8) }, "\(errors)")
        XCTAssertLessThan(Date().timeIntervalSince(started), 20)
        // And the transfers stop: nothing keeps arriving to fill the memory.
        func resident() -> Int {
            let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
            let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
            return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
        }
        sleep(1)
        let before = resident()
        sleep(2)
        XCTAssertLessThan(resident() - before, 50_000, "kB grown after the answers were cut off")
    }

    func testATrickledAnswerMeetsTheDeadline() async throws {
        try server.fault(["path_contains": .string(SampleSessions.richID), "mode": "trickle", "bytes_per_second": 4])
        let started = Date()
        // Four bytes a second never let the timeout (the wait between two packets) expire.
        let error = await failure { _ = try await client(timeout: 1).session(id: SampleSessions.richID) }
        guard case .tooSlow(let seconds)? = error else { return XCTFail("got \(String(describing: error))") }
        XCTAssertEqual(seconds, 4, "4 × the timeout")
        XCTAssertLessThan(Date().timeIntervalSince(started), 7)
    }

    func testIdsThatAreNotUUIDsNeverBecomeURLs() async throws {
        let client = client()
        for id in ["..", "../../../../tmp/x/pwned", "", "7c9e6679-7425-40de-944b-e07fc1f90ae7/turn"] {
            let before = try server.requests().count
            let error = await failure { _ = try await client.session(id: id) }
            XCTAssertEqual(error, .invalidID(id))
            let campaignError = await failure { _ = try await client.roster(campaignID: id, page: 1, limit: 100) }
            XCTAssertEqual(campaignError, .invalidID(id))
            let listError = await failure { _ = try await client.listSessions(campaignID: id) }
            XCTAssertEqual(listError, .invalidID(id))
            XCTAssertEqual(try server.requests().count, before, "nothing was sent for \(id)")
        }
    }

    func testAListedSessionWithABadIdIsKeptAsBrokenAndACreatedOneIsRefused() async throws {
        var broken = SampleSessions.rich().objectValue!
        broken["id"] = "../../../../tmp/x/pwned"
        try server.seed(.object(broken))
        let listed = try await client().listSessions(campaignID: SampleSessions.campaignID)
        XCTAssertEqual(listed.map(\.hasValidID).sorted { !$0 && $1 }, [false, true])

        try server.fault([
            "method": "POST", "mode": "status", "status": 201,
            "body": .string(#"{"session": {"id": "..", "campaign_id": null}}"#)
        ])
        let error = await failure {
            _ = try await client().createSession(campaignID: SampleSessions.campaignID, nodeID: SampleSessions.richID)
        }
        guard case .invalidResponse(_, let detail)? = error else { return XCTFail("got \(String(describing: error))") }
        XCTAssertTrue(detail.contains("“..” is not a UUID"), detail)
    }

    func testAnHTMLPageWithoutATitleIsReportedByItsWordsAndAnUnknownHostByItsName() async throws {
        let page =
            "<!DOCTYPE html><html><head><style>body{color:red}</style></head><body><h1>Bad gateway</h1>"
            + "<p>The upstream did not answer.</p></body></html>"
        try server.fault(["mode": "status", "status": 502, "body": .string(page), "content_type": "text/html"])
        let error = await failure { _ = try await client().session(id: SampleSessions.richID) }
        XCTAssertEqual(
            error?.message, "HTTP 502: Bad gateway The upstream did not answer. — the server failed; try again")

        let nowhere = HTTPPuffleService(
            configuration: .init(
                baseURL: URL(string: "https://no-such-host.invalid")!,
                apiKey: FakeServer.apiKey, requestTimeout: 5))
        let unknown = await failure { _ = try await nowhere.session(id: SampleSessions.richID) }
        XCTAssertEqual(unknown, .unreachable(.unknownHost("no-such-host.invalid")))
        XCTAssertEqual(unknown?.isOffline, true, "nothing was sent")
    }
}
