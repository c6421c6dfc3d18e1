import DraftCore
import PuffleAPI
import TestSupport
import XCTest
@testable import DraftApp

/// The review reads every page of the roster with the real client against the contract fake:
/// each page once, a failing page tried again with the backoff, a total that changes between
/// pages followed, and a page that keeps failing said in the progress line and the checks.
final class SequenceRosterTests: XCTestCase {
    var server: FakeServer!
    var client: HTTPPuffleService!

    override func setUpWithError() throws {
        server = try FakeServer()
        try server.seedCampaign(SampleCampaigns.draft(), prospects: SampleCampaigns.prospects(250))
        client = HTTPPuffleService(
            configuration: .init(baseURL: server.baseURL, apiKey: FakeServer.apiKey, requestTimeout: 5))
    }

    override func tearDown() {
        client = nil
        server = nil
    }

    /// Runs the effects for real (time passes at once for a timer), calling `afterPage` with the
    /// state after each answer from the leads route.
    private func drive(
        _ effects: [Effect], _ state: inout AppState, afterPage: (AppState) throws -> Void = { _ in }
    ) async throws {
        var queue = effects
        var answers = 0
        while !queue.isEmpty {
            answers += 1
            XCTAssertLessThan(answers, 100, "the reading ends")
            switch queue.removeFirst() {
            case .loadRoster(let id, let page, let limit, let reader):
                let result: Result<RosterPage, APIError>
                do { result = .success(try await client.roster(campaignID: id, page: page, limit: limit)) } catch {
                    result = .failure(error)
                }
                queue += apply(.rosterLoaded(result, for: reader), to: &state)
                try afterPage(state)
            case .loadCampaign(let id):
                let result: Result<Campaign, APIError>
                do { result = .success(try await client.campaign(id: id)) } catch { result = .failure(error) }
                queue += apply(.campaignLoaded(result), to: &state)
            case .after(_, let action, _):
                queue += apply(action, to: &state)
            default: break
            }
        }
    }

    private func leadPages() throws -> [String] {
        try server.requests().filter { $0.path.hasSuffix("/leads") }.map(\.query)
    }

    func testEveryPageOnceAFailedPageAgainAndATotalThatGrowsBetweenPages() async throws {
        var state = AppState(sessionID: nil, width: 120, height: 40)
        let effects = SequenceUpdate.open(campaignID: SampleCampaigns.campaignID, state: &state)
        var progress: [String] = []
        var seen = 0
        try await drive(effects, &state) { state in
            seen += 1
            progress.append(state.sequenceReview?.progress ?? "done")
            if seen == 1 {
                // Page 2 fails twice, then answers.
                try self.server.fault([
                    "method": "GET", "path_contains": "/leads", "mode": "status", "status": 503, "times": 2
                ])
                XCTAssertTrue(screenText(state).contains("Lead 1 of 100"), "usable from the first page")
            }
            if seen == 4 {
                // The roster grows while it is read: the total follows.
                try self.server.seedCampaign(SampleCampaigns.draft(), prospects: SampleCampaigns.prospects(320))
            }
        }
        XCTAssertEqual(
            progress,
            [
                "reading leads: 100 of 250", "reading leads: 100 of 250 (page 2 failed 1 time; trying again)",
                "reading leads: 100 of 250 (page 2 failed 2 times; trying again)", "reading leads: 200 of 250",
                "reading leads: 300 of 320", "done"
            ])
        XCTAssertEqual(
            try leadPages(),
            [
                "page=1&limit=100", "page=2&limit=100", "page=2&limit=100", "page=2&limit=100", "page=3&limit=100",
                "page=4&limit=100"
            ])
        let prospects = try XCTUnwrap(state.sequenceReview?.roster.prospects)
        XCTAssertEqual(prospects.count, 320)
        XCTAssertEqual(Set(prospects.map(\.id)).count, 320)
        XCTAssertEqual(
            state.sequenceReport?.coverage.first { $0.name == "first_name" }?.sentence,
            "%first_name% empty for 45 of 320 leads")
        XCTAssertTrue(try server.writes().isEmpty, "the review writes nothing")
    }

    func testAPageThatKeepsFailingStopsTheReadingAndTheChecksSaySo() async throws {
        var state = AppState(sessionID: nil, width: 120, height: 40)
        let effects = SequenceUpdate.open(campaignID: SampleCampaigns.campaignID, state: &state)
        var seen = 0
        try await drive(effects, &state) { _ in
            seen += 1
            if seen == 1 {
                try self.server.fault([
                    "method": "GET", "path_contains": "/leads", "mode": "status", "status": 502, "times": -1
                ])
            }
        }
        XCTAssertEqual(try leadPages().count, 1 + SequenceReviewState.attemptsPerPage)
        let progress = try XCTUnwrap(state.sequenceReview?.progress)
        XCTAssertTrue(progress.hasPrefix("leads not all read ("), progress)
        XCTAssertTrue(progress.hasSuffix("the checks cover the 100 read so far; Ctrl-R reads again"), progress)
        let screen = screenText(state)
        XCTAssertTrue(screen.contains("Checks over the emails and the 100 leads read so far"), screen)
        try server.clearFaults()
        var again = state
        let reread = press(.control("r"), &again)
        try await drive(reread, &again)
        XCTAssertEqual(again.sequenceReview?.roster.prospects.count, 250, "Ctrl-R reads them all again")
    }

    func testAPageOfAnEarlierOpeningIsDropped() {
        var state = AppState(sessionID: nil, width: 120, height: 40)
        _ = SequenceUpdate.open(campaignID: SampleCampaigns.campaignID, state: &state)
        let first = state.sequenceReview!.opening
        _ = SequenceUpdate.close(state: &state)
        _ = SequenceUpdate.open(campaignID: SampleCampaigns.campaignID, state: &state)
        let page = RosterPage(prospects: [Prospect(id: "x")], total: 1, page: 1, limit: 100)
        XCTAssertEqual(apply(.rosterLoaded(.success(page), for: .sequenceReview(opening: first)), to: &state), [])
        XCTAssertTrue(state.sequenceReview?.roster.prospects.isEmpty ?? false)
    }
}
