import XCTest
import TestSupport
@testable import PuffleAPI

final class DemoPuffleServiceTests: XCTestCase {
    var folder: TemporaryDirectory!

    override func setUpWithError() throws { folder = try TemporaryDirectory() }

    private func service(taskDuration: Duration = .milliseconds(200)) -> DemoPuffleService {
        DemoPuffleService(directory: folder.url.appendingPathComponent("demo"), taskDuration: taskDuration)
    }

    /// The session once its task has ended: polled rather than slept for, so a loaded machine
    /// makes the test slower, not wrong.
    private func settled(_ demo: DemoPuffleService, _ id: String) async throws -> Session {
        let deadline = Date().addingTimeInterval(10)
        while true {
            let session = try await demo.session(id: id)
            if session.taskStatus == nil || Date() > deadline { return session }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    func testSeedsOneCampaignWithAFullAFreshAndAMidwaySession() async throws {
        let sessions = try await service().listSessions(campaignID: DemoSeed.campaignID)
        XCTAssertEqual(sessions.map(\.id), [DemoSeed.fullSessionID, DemoSeed.emptySessionID, DemoSeed.midwaySessionID])
        let full = sessions[0]
        XCTAssertGreaterThanOrEqual(full.messages.count, 4)
        XCTAssertNotNil(full.skeleton?["blocks"])
        XCTAssertEqual(full.draftHistory.count, 2)
        XCTAssertEqual(full.generatedExamples.count, 3)
        XCTAssertNil(sessions[1].title)
        XCTAssertNotNil(sessions[2].skeleton?["hook"], "the mid-way session has the loose skeleton shape")
    }

    func testPatchWritesOnlyTheKeysPresentAndMovesUpdatedAt() async throws {
        let demo = service()
        let before = try await demo.session(id: DemoSeed.fullSessionID)
        let after = try await demo.patchSession(
            id: DemoSeed.fullSessionID, body: JSONObject([("title", .string("New"))]))
        XCTAssertEqual(after.title, "New")
        XCTAssertEqual(after.draftBody, before.draftBody)
        XCTAssertNotEqual(after.updatedAt, before.updatedAt)
        let cleared = try await demo.patchSession(
            id: DemoSeed.fullSessionID, body: JSONObject([("draft_subject", .null)]))
        XCTAssertNil(cleared.draftSubject)
        // A new instance reads the same files.
        let reread = try await service().session(id: DemoSeed.fullSessionID)
        XCTAssertEqual(reread.title, "New")
        XCTAssertNil(reread.draftSubject)
    }

    func testUnknownAndMalformedIDsAndFields() async throws {
        let demo = service()
        do { _ = try await demo.session(id: "11111111-2222-4333-8444-555555555555"); XCTFail() } catch {
            XCTAssertEqual(error, .notFound(message: "Session not found"))
        }
        do { _ = try await demo.session(id: "nope"); XCTFail() } catch { XCTAssertEqual(error.status, 400) }
        do {
            _ = try await demo.patchSession(id: DemoSeed.fullSessionID, body: JSONObject([("id", "x")])); XCTFail()
        } catch {
            XCTAssertEqual(error.status, 400)
        }
    }

    func testTurnClaimsTheSessionRefusesASecondAndFinishes() async throws {
        let demo = service()
        _ = try await demo.startTurn(
            sessionID: DemoSeed.emptySessionID, request: TurnRequest(message: "Cold email for CFOs"))
        let busy = try await demo.session(id: DemoSeed.emptySessionID)
        XCTAssertEqual(busy.taskStatus, .chatProcessing)
        do {
            _ = try await demo.startTurn(sessionID: DemoSeed.emptySessionID, request: TurnRequest(message: "again"))
            XCTFail("a busy session must refuse a second turn")
        } catch {
            XCTAssertEqual(error, .busy(message: "Session is busy (chat_processing)"))
        }
        let done = try await settled(demo, DemoSeed.emptySessionID)
        XCTAssertNil(done.taskStatus)
        XCTAssertEqual(done.messages.map(\.role), ["user", "assistant"])
        XCTAssertEqual(done.messages.first?.content, "Cold email for CFOs")
        XCTAssertTrue(
            done.messages.last!.content.contains("?"), "the first reply asks clarifying questions: \(done.messages)")
    }

    func testASecondTurnProducesASkeletonAndDraftAndLaterTurnsKeepHistory() async throws {
        let demo = service(taskDuration: .milliseconds(50))
        for message in ["CFOs at retailers", "Promise 10% lower stock-outs", "Friendlier, please"] {
            _ = try await demo.startTurn(sessionID: DemoSeed.emptySessionID, request: TurnRequest(message: message))
            _ = try await settled(demo, DemoSeed.emptySessionID)
        }
        let session = try await demo.session(id: DemoSeed.emptySessionID)
        XCTAssertNotNil(session.skeleton?["blocks"])
        XCTAssertNotNil(session.draftBody)
        XCTAssertEqual(session.frameworkVersion, 2)
        XCTAssertEqual(session.draftHistory.count, 1)
        XCTAssertEqual(session.messages.count, 6)
    }

    func testExamplesNeedASkeletonAndAreRenderedPerLead() async throws {
        let demo = service(taskDuration: .milliseconds(50))
        do {
            _ = try await demo.generateExamples(
                sessionID: DemoSeed.emptySessionID, request: .init(leads: SampleCampaigns.leads, isFirstBatch: true))
            XCTFail()
        } catch {
            XCTAssertEqual(
                error, .rejected(status: 400, message: "Session has no framework yet. Chat first to create one."))
        }
        _ = try await demo.generateExamples(
            sessionID: DemoSeed.fullSessionID, request: .init(leads: SampleCampaigns.leads, isFirstBatch: true))
        let claimed = try await demo.session(id: DemoSeed.fullSessionID)
        XCTAssertEqual(claimed.taskStatus, .generatingExamples)
        let examples = try await settled(demo, DemoSeed.fullSessionID).generatedExamples
        XCTAssertEqual(examples.count, 3)
        XCTAssertEqual(examples[0].subject, "Maya, a faster week for Brightline Logistics's planners?")
        XCTAssertFalse(examples[0].body!.contains("&&"))
        XCTAssertTrue(examples[1].body!.contains("Hi Jonas,"))

        _ = try await demo.generateExamples(
            sessionID: DemoSeed.fullSessionID, request: .init(leads: [SampleCampaigns.leads[0]], isFirstBatch: false))
        let appended = try await settled(demo, DemoSeed.fullSessionID).generatedExamples
        XCTAssertEqual(appended.count, 4, "false appends")
    }

    func testATaskCutShortByQuittingFinishesOnTheNextRead() async throws {
        var demo: DemoPuffleService? = service(taskDuration: .milliseconds(100))
        _ = try await demo!.startTurn(
            sessionID: DemoSeed.midwaySessionID, request: TurnRequest(message: "Add a proof point"))
        demo = nil
        try await Task.sleep(for: .milliseconds(1200))
        let reread = try await service(taskDuration: .milliseconds(100)).session(id: DemoSeed.midwaySessionID)
        XCTAssertNil(reread.taskStatus)
        XCTAssertEqual(reread.messages.count, 4)
    }

    func testWritesLeaveNoTemporaryFilesAndAreOwnerOnly() async throws {
        let demo = service()
        _ = try await demo.patchSession(id: DemoSeed.fullSessionID, body: JSONObject([("title", "x")]))
        let sessions = folder.url.appendingPathComponent("demo/sessions")
        let names = try FileManager.default.contentsOfDirectory(atPath: sessions.path)
        XCTAssertTrue(names.allSatisfy { $0.hasSuffix(".json") && !$0.hasPrefix(".") }, "\(names)")
        let attributes = try FileManager.default.attributesOfItem(
            atPath: sessions.appendingPathComponent("\(DemoSeed.fullSessionID).json").path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    }
}
