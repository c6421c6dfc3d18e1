import Foundation

/// The offline demo: a file-backed workspace that behaves like the server, so `--demo` shows the
/// same flows (busy claims, 409s, minimal PATCH, campaigns that only change in draft) with no
/// account. One JSON file per session, per campaign and per roster.
public actor DemoPuffleService: PuffleService {
    /// The folder the demo's sessions are kept in, so edits outlive a restart of the demo.
    public let directory: URL
    private let taskDuration: Duration
    private let now: @Sendable () -> Date
    private var runningTasks: [String: Task<Void, Never>] = [:]

    /// A demo whose tasks take `taskDuration`, so the busy header and the refresh can be seen.
    public init(directory: URL, taskDuration: Duration = .seconds(4), now: @escaping @Sendable () -> Date = Date.init) {
        self.directory = directory
        self.taskDuration = taskDuration
        self.now = now
    }

    private var sessionsFolder: URL { directory.appendingPathComponent("sessions") }
    private var tasksFolder: URL { directory.appendingPathComponent("tasks") }
    private var campaignsFolder: URL { directory.appendingPathComponent("campaigns") }
    private var rostersFolder: URL { directory.appendingPathComponent("rosters") }

    // MARK: PuffleService

    /// The demo campaign's sessions, read from the demo's folder.
    public func listSessions(campaignID: String) async throws(APIError) -> [Session] {
        try seedIfNeeded()
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: sessionsFolder.path) } catch {
            throw APIError.storage(detail: "cannot list \(sessionsFolder.path)")
        }
        var sessions: [Session] = []
        for name in names where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let session = try load(String(name.dropLast(5)))
            if session.campaignID == campaignID { sessions.append(session) }
        }
        return sessions.sorted { ($0.createdAt ?? "", $0.id) < ($1.createdAt ?? "", $1.id) }
    }

    /// A new empty session for a node of the demo campaign.
    public func createSession(campaignID: String, nodeID: String) async throws(APIError) -> Session {
        try seedIfNeeded()
        guard SessionID.isValid(campaignID), SessionID.isValid(nodeID) else {
            throw APIError.rejected(status: 400, message: "campaign_id and node_id must be UUIDs")
        }
        var json = JSONObject()
        json["id"] = .string(UUID().uuidString.lowercased())
        json["user_id"] = .string("1b4e28ba-2fa1-41d2-883f-0016d3cca427")
        json["campaign_id"] = .string(campaignID)
        json["node_id"] = .string(nodeID)
        for field in SessionField.allCases { json[field.rawValue] = .null }
        json["created_at"] = .string(timestamp())
        json["updated_at"] = .string(timestamp())
        let session = try! Session(json: json)
        try store(session)
        return session
    }

    /// A demo session as last saved.
    public func session(id: String) async throws(APIError) -> Session {
        try seedIfNeeded()
        return try load(id)
    }

    /// Applies a PATCH to a demo session and keeps it.
    public func patchSession(id: String, body: JSONObject) async throws(APIError) -> Session {
        try seedIfNeeded()
        var json = try load(id).json
        for (key, value) in body {
            guard let field = SessionField(rawValue: key) else {
                throw APIError.rejected(status: 400, message: "\(key) is not a writable field")
            }
            json[field.rawValue] = value
        }
        json["updated_at"] = .string(timestamp())
        let session: Session
        do { session = try Session(json: json) } catch {
            throw APIError.rejected(status: 400, message: error.description)
        }
        try store(session)
        return session
    }

    /// Removes a demo session's file.
    public func deleteSession(id: String) async throws(APIError) {
        try seedIfNeeded()
        _ = try load(id)
        try? FileManager.default.removeItem(at: fileURL(id))
    }

    /// Marks the session busy and answers the turn with a canned reply when the task ends.
    public func startTurn(sessionID: String, request: TurnRequest) async throws(APIError) -> RunHandle {
        try await claim(sessionID, status: .chatProcessing, request: request.json)
    }

    /// Marks the session busy and writes an example per lead when the task ends.
    public func generateExamples(sessionID: String, request: GenerateExamplesRequest) async throws(APIError)
        -> RunHandle
    {
        try seedIfNeeded()
        guard try load(sessionID).skeleton != nil else {
            throw APIError.rejected(status: 400, message: "Session has no framework yet. Chat first to create one.")
        }
        return try await claim(sessionID, status: .generatingExamples, request: request.json)
    }

    // MARK: Campaigns

    /// The demo's campaigns, the draft one first.
    public func campaigns() async throws(APIError) -> [CampaignSummary] {
        var list: [CampaignSummary] = []
        for id in [DemoCampaigns.draftID, DemoCampaigns.activeID] {
            list.append(CampaignSummary(try await campaign(id: id)))
        }
        return list
    }

    /// The demo campaign (a draft) or the demo's campaign that is sending.
    public func campaign(id: String) async throws(APIError) -> Campaign {
        guard let campaign = Campaign(answer: try loadCampaign(id)) else {
            throw APIError.storage(detail: "\(campaignFile(id).path) is damaged")
        }
        return campaign
    }

    /// A page of the demo campaign's roster.
    public func roster(campaignID: String, page: Int, limit: Int) async throws(APIError) -> RosterPage {
        _ = try loadCampaign(campaignID)
        let prospects = try readJSON(rostersFolder.appendingPathComponent("\(campaignID).json"))?.arrayValue ?? []
        let start = min(prospects.count, max(0, page - 1) * limit)
        let items = Array(prospects[start..<min(prospects.count, start + limit)])
        return RosterPage(
            prospects: items.compactMap(Prospect.init(json:)), total: prospects.count, page: page, limit: limit)
    }

    /// As Puffle does: only a draft campaign's emails change, and only with the keys its node takes.
    public func updateNode(campaignID: String, nodeID: String, body: JSONObject) async throws(APIError) -> SequenceNode
    {
        var answer = try loadCampaign(campaignID).objectValue ?? JSONObject()
        guard answer["campaign"]?["status"]?.stringValue == "draft" else {
            throw APIError.rejected(status: 400, message: "Only draft campaigns can be edited")
        }
        var nodes = answer["sequence_nodes"]?.arrayValue ?? []
        guard let index = nodes.firstIndex(where: { $0["id"]?.stringValue == nodeID }),
            var node = nodes[index].objectValue
        else {
            throw APIError.notFound(message: "Sequence node not found")
        }
        for (key, value) in body {
            guard key == "body" || (key == "subject" && node["type"]?.stringValue == "email") else {
                throw APIError.rejected(
                    status: 400, message: "\(key) cannot be set on a \(node["type"]?.stringValue ?? "") node")
            }
            node[key] = value
        }
        nodes[index] = .object(node)
        answer["sequence_nodes"] = .array(nodes)
        try write(JSONWriter.bytes(.object(answer), pretty: true), to: campaignFile(campaignID))
        return SequenceNode(json: .object(node))!
    }

    private func campaignFile(_ id: String) -> URL { campaignsFolder.appendingPathComponent("\(id).json") }

    private func loadCampaign(_ id: String) throws(APIError) -> JSONValue {
        try seedIfNeeded()
        guard SessionID.isValid(id) else { throw APIError.rejected(status: 400, message: "Invalid campaign id") }
        guard let answer = try readJSON(campaignFile(id)) else {
            throw APIError.notFound(message: "Campaign not found")
        }
        return answer
    }

    private func readJSON(_ url: URL) throws(APIError) -> JSONValue? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        do { return try JSONParser.parse(data) } catch {
            throw APIError.storage(detail: "\(url.path) is damaged (\(error))")
        }
    }

    // MARK: Tasks

    /// Claims the session as the server does (409 when already busy), remembers the request on
    /// disk so a task cut short by quitting still finishes on the next read, then finishes it later.
    private func claim(_ id: String, status: TaskStatus, request: JSONValue) async throws(APIError) -> RunHandle {
        try seedIfNeeded()
        var session = try load(id)
        if let busy = session.taskStatus {
            throw APIError.busy(message: "Session is busy (\(busy.rawValue))")
        }
        let pending: JSONValue = [
            "kind": .string(status.rawValue), "request": request, "started_at": .string(timestamp())
        ]
        try write(JSONWriter.bytes(pending, pretty: true), to: tasksFolder.appendingPathComponent("\(id).json"))
        session[.taskStatus] = .string(status.rawValue)
        var json = session.json
        json["updated_at"] = .string(timestamp())
        try store(try! Session(json: json))
        let duration = taskDuration
        runningTasks[id] = Task { [weak self] in
            try? await Task.sleep(for: duration)
            await self?.finishTask(id)
        }
        return RunHandle(
            runID: "run_demo_\(UUID().uuidString.prefix(8).lowercased())", publicAccessToken: "tr_pat_demo")
    }

    private func finishTask(_ id: String) {
        runningTasks[id] = nil
        let taskFile = tasksFolder.appendingPathComponent("\(id).json")
        guard let data = FileManager.default.contents(atPath: taskFile.path),
            let pending = try? JSONParser.parse(data),
            var session = try? load(id, finishingTasks: false)
        else { return }
        switch pending["kind"]?.stringValue {
        case TaskStatus.generatingExamples.rawValue:
            DemoLLM.generateExamples(into: &session, request: pending["request"] ?? .null)
        default:
            DemoLLM.answerTurn(into: &session, request: pending["request"] ?? .null, at: timestamp())
        }
        session[.taskStatus] = .null
        var json = session.json
        json["updated_at"] = .string(timestamp())
        try? store(try Session(json: json))
        try? FileManager.default.removeItem(at: taskFile)
    }

    /// A task whose time is up but whose timer died with an earlier run of the program.
    private func finishStaleTask(_ session: Session) {
        guard session.taskStatus != nil, runningTasks[session.id] == nil else { return }
        let taskFile = tasksFolder.appendingPathComponent("\(session.id).json")
        guard let data = FileManager.default.contents(atPath: taskFile.path),
            let pending = try? JSONParser.parse(data),
            let started = pending["started_at"]?.stringValue.flatMap(Timestamp.date(from:))
        else { return }
        let seconds = Double(taskDuration.components.seconds) + Double(taskDuration.components.attoseconds) / 1e18
        if now().timeIntervalSince(started) >= seconds { finishTask(session.id) }
    }

    // MARK: Storage

    private func fileURL(_ id: String) -> URL { sessionsFolder.appendingPathComponent("\(id).json") }

    private func load(_ id: String, finishingTasks: Bool = true) throws(APIError) -> Session {
        guard SessionID.isValid(id) else { throw APIError.rejected(status: 400, message: "Invalid session id") }
        guard let data = FileManager.default.contents(atPath: fileURL(id).path) else {
            throw APIError.notFound(message: "Session not found")
        }
        let session: Session
        do { session = try Session(json: try JSONParser.parse(data)) } catch {
            throw APIError.storage(detail: "\(fileURL(id).path) is damaged (\(error))")
        }
        if finishingTasks, session.taskStatus != nil, runningTasks[id] == nil {
            finishStaleTask(session)
            return try load(id, finishingTasks: false)
        }
        return session
    }

    private func store(_ session: Session) throws(APIError) {
        try write(JSONWriter.bytes(.object(session.json), pretty: true), to: fileURL(session.id))
    }

    private func write(_ bytes: [UInt8], to url: URL) throws(APIError) {
        do { try AtomicFile.shared.write(bytes, toPath: url.path) } catch {
            throw APIError.storage(detail: "cannot write \(url.path): \(error)")
        }
    }

    /// Seeds what the workspace lacks: a workspace from before campaigns gets them, its sessions kept.
    private func seedIfNeeded() throws(APIError) {
        if !FileManager.default.fileExists(atPath: sessionsFolder.path) {
            for session in DemoSeed.sessions() { try store(session) }
        }
        guard !FileManager.default.fileExists(atPath: campaignsFolder.path) else { return }
        for (id, answer) in DemoCampaigns.campaigns() {
            try write(JSONWriter.bytes(answer, pretty: true), to: campaignFile(id))
        }
        for (id, prospects) in DemoCampaigns.rosters() {
            try write(
                JSONWriter.bytes(.array(prospects), pretty: true),
                to: rostersFolder.appendingPathComponent("\(id).json"))
        }
        if !FileManager.default.fileExists(atPath: fileURL(DemoCampaigns.activeSessionID).path) {
            try store(DemoCampaigns.activeSession())
        }
    }

    private func timestamp() -> String { Timestamp.string(from: now()) }
}
