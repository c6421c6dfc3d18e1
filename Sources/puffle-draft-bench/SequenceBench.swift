import DraftApp
import DraftCore
import Foundation
import Glibc
import PuffleAPI
import TestSupport

/// The sequence review at scale: seven emails over a roster of 10,000 leads, read as 100 pages
/// from the contract fake over loopback with the real client. Alt-S to the first page's preview,
/// the last page to every check, the memory the roster adds (counted two ways), and `]` on the
/// full screen in a real terminal beside vim's typed character in the same run.
enum SequenceBench {
    static let leads = 10_000

    /// A campaign of seven emails, three to four days apart, each using lead and custom variables.
    static func campaign() -> JSONValue {
        var nodes: [JSONValue] = []
        for email in 0..<7 {
            if email > 0 {
                nodes.append(
                    SampleCampaigns.node(
                        "de1a0000-0000-4000-8000-00000000000\(email)", nodes.count, "delay", delayDays: 3 + email % 2))
            }
            let body =
                "Hi %first_name%,\n\n" + BenchInputs.paragraph + "\n\nEmail \(email + 1) for %company%, "
                + "about %custom_fields.tier%.\n\n%sender_first%"
            nodes.append(
                SampleCampaigns.node(
                    "e0000000-0000-4000-8000-00000000000\(email)", nodes.count, "email",
                    subject: "Step \(email + 1) for %company%", body: body))
        }
        var answer = SampleCampaigns.draft().objectValue!
        answer["sequence_nodes"] = .array(nodes)
        return .object(answer)
    }

    static func run(binary: String?) {
        do {
            let server = try FakeServer()
            try server.seedCampaign(campaign(), prospects: SampleCampaigns.prospects(leads))
            try inProcess(server)
            if let binary { try terminal(server, binary: binary) }
        } catch {
            print("sequence review figures failed: \(error)")
        }
    }

    static func inProcess(_ server: FakeServer) throws {
        let client = HTTPPuffleService(
            configuration: .init(baseURL: server.baseURL, apiKey: FakeServer.apiKey, requestTimeout: 10))
        let id = SampleCampaigns.campaignID
        var state = AppState(sessionID: nil, width: 200, height: 50)
        _ = Update.openCampaigns(state: &state)
        _ = Update.apply(
            .campaignsListed(blocking { () async throws(APIError) in try await client.campaigns() }), to: &state)
        let cache = RenderCache()
        _ = ScreenView.render(state, cache: cache)
        let before = ProcessMemory.reading()

        // Alt-S (`s` on the campaigns) to the first page's preview, the three reads in parallel as the shell runs them.
        let start = Clock.wallSeconds()
        var effects = Update.apply(.input(.key(.character("s"))), to: &state)
        let opening = state.sequenceReview!.opening
        let (campaign, sessions, page) = blocking {
            async let campaign = result { () async throws(APIError) in try await client.campaign(id: id) }
            async let sessions = result { () async throws(APIError) in try await client.listSessions(campaignID: id) }
            async let page = result { () async throws(APIError) in
                try await client.roster(campaignID: id, page: 1, limit: 100)
            }
            return await (campaign, sessions, page)
        }
        _ = Update.apply(.campaignLoaded(campaign), to: &state)
        _ = Update.apply(.sessionsListed(sessions), to: &state)
        effects = Update.apply(.rosterLoaded(page, for: .sequenceReview(opening: opening)), to: &state)
        var frame = ScreenView.render(state, cache: cache)
        let firstPreview = (Clock.wallSeconds() - start) * 1000
        let shown = frame.textLines.contains { $0.contains("Lead 1 of 100: Lead1 Example") }

        // Every other page, as the review asks for them; the last one timed from its answer to the checks drawn.
        var lastPage = 0.0, lastPageCPU = 0.0
        while case .loadRoster(_, let number, let limit, let reader)? = effects.first {
            let answer = blocking {
                await result { () async throws(APIError) in
                    try await client.roster(campaignID: id, page: number, limit: limit)
                }
            }
            let (wall, cpu) = (Clock.wallSeconds(), Clock.cpuSeconds())
            effects = Update.apply(.rosterLoaded(answer, for: reader), to: &state)
            _ = state.sequenceReport
            frame = ScreenView.render(state, cache: cache)
            (lastPage, lastPageCPU) = ((Clock.wallSeconds() - wall) * 1000, (Clock.cpuSeconds() - cpu) * 1000)
        }
        let read = state.sequenceReview?.roster.prospects.count ?? 0
        let checked = frame.textLines.contains { $0.contains("Checks over the emails and 10,000 leads") }
        let after = ProcessMemory.reading()

        Report.line(
            "sequence review: Alt-S to the first page's preview (loopback)", String(format: "%.1f ms", firstPreview),
            baseline: "7 emails, 100 leads shown",
            verdict: Report.verdict(firstPreview <= 100 && shown, "≤ 100 ms, the first lead filled"))
        Report.line(
            "sequence review: the last of 100 pages to every check drawn", String(format: "%.1f ms", lastPage),
            baseline: String(format: "CPU %.1f ms; %d leads read", lastPageCPU, read),
            verdict: Report.verdict(lastPage <= 50 && checked && read == leads, "≤ 50 ms, 10,000 leads checked"))
        let anonymous = Double(after.anonymous - before.anonymous) / 1e6
        let resident = Double(after.resident - before.resident) / 1e6
        Report.line(
            "sequence review: memory the 10,000-lead roster adds", String(format: "resident %.1f MB", resident),
            baseline: String(format: "anonymous %.1f MB (smaps_rollup)", anonymous),
            verdict: Report.verdict(max(anonymous, resident) <= 30, "≤ 30 MB"))

        // `]` in process, update and render, as a floor under the terminal's figure.
        let cpu = Clock.cpuSeconds()
        for i in 0..<1000 {
            _ = Update.apply(.input(.key(.character(i % 2 == 0 ? "]" : "["))), to: &state);
            _ = ScreenView.render(state, cache: cache)
        }
        Report.line(
            "sequence review: ] in process (update and render)",
            String(format: "%.1f µs", (Clock.cpuSeconds() - cpu) / 1000 * 1e6), baseline: "200×50, 10,000 leads")
    }

    /// `]` on the full screen in tmux, the program's CPU from /proc, beside vim's typed
    /// character measured the same way in the same run (medians of three series each).
    static func terminal(_ server: FakeServer, binary: String) throws {
        let home = try TemporaryDirectory()
        let key = home.path + "/key"
        _ = FileManager.default.createFile(
            atPath: key, contents: Data(FakeServer.apiKey.utf8), attributes: [.posixPermissions: 0o600])
        let environment = TerminalBench.environment(home, ["PUFFLE_API_BASE_URL": server.baseURL.absoluteString])
        let review = EditorRun(
            name: "puffle-draft", argv: [binary, "--api-key-file", key], environment: environment,
            ready: "Your campaigns", process: "puffle-draft")
        let hasVim = EditorRun.installed("vim")
        let files = try TemporaryDirectory()
        try (DemoSeed.session(TerminalBench.sessionID)?.draftBody ?? "").write(
            toFile: files.path + "/draft.txt", atomically: true, encoding: .utf8)
        let (us, vim) = try EditorRun.Figures.inTurn(
            {
                try review.measure(
                    width: 200, height: 50, setup: ["s", "wait:Checks over the emails and 10,000 leads"], count: 200
                ) { tmux, i in try tmux.send(i % 2 == 0 ? "]" : "[") }
            },
            hasVim
                ? {
                    try TerminalBench.vim("draft.txt", in: files).measure(
                        width: 200, height: 50, setup: ["G", "A"], count: 200, event: TerminalBench.type)
                } : nil)
        Report.line(
            "sequence review: ] on the full screen, 200×50, 10,000 leads",
            String(format: "%.0f µs, %.0f B", us.microseconds, us.bytes),
            baseline: vim.map { String(format: "vim types a character: %.0f µs", $0.microseconds) }
                ?? "vim not installed",
            verdict: vim.map {
                String(format: "ratio %.2f ", us.microseconds / $0.microseconds)
                    + Report.verdict(us.microseconds <= $0.microseconds, "≤ vim's keystroke")
            } ?? "")
    }

    /// An async call's answer as a result.
    static func result<T>(_ work: () async throws(APIError) -> T) async -> Result<T, APIError> {
        do { return .success(try await work()) } catch { return .failure(error) }
    }

    /// Waits for async work from the bench's synchronous code.
    static func blocking<T: Sendable>(_ work: @escaping @Sendable () async -> T) -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            box.value = await work()
            done.signal()
        }
        done.wait()
        return box.value!
    }

    static func blocking<T: Sendable>(_ work: @escaping @Sendable () async throws(APIError) -> T) -> Result<T, APIError>
    {
        blocking { await result(work) }
    }
}

/// A value handed from a task to the thread that waits for it.
private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}
