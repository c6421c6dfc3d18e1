internal import CCurlOnDemand
import Foundation
import Synchronization
#if canImport(FoundationNetworking)
    internal import FoundationNetworking
#endif

/// Puffle's API over HTTPS with URLSession: the sessions and the campaign routes. The only code
/// in the program that knows HTTP.
public final class HTTPPuffleService: PuffleService, @unchecked Sendable {
    /// Where the API is and how to reach it.
    public struct Configuration: Sendable {
        /// The API's root (`https://app.puffle.ai` unless `--base-url` says otherwise).
        public var baseURL: URL
        /// The bearer key; sent only to `baseURL`'s host, never through a redirect.
        public var apiKey: String
        /// Seconds a request may wait for an answer before it counts as failed.
        public var requestTimeout: TimeInterval
        /// How often a 429 is waited out before it becomes an error.
        public var rateLimitRetries: Int
        /// A Retry-After longer than this is not waited for: the user is told instead.
        public var longestRetryWait: TimeInterval
        /// The largest answer read (config `max_response_mb`): a bigger one is cut off, so a
        /// server that never stops sending cannot fill the memory.
        public var maxResponseBytes: Int

        /// Seconds a whole request may take, headers to last byte: a few times the timeout,
        /// which URLSession applies only to the wait between two packets.
        public var deadline: TimeInterval { requestTimeout * 4 }

        /// The usual limits: 30 s timeout, 256 MB answers (above the 50 MB sessions the benchmark opens).
        public init(
            baseURL: URL, apiKey: String, requestTimeout: TimeInterval = 30,
            rateLimitRetries: Int = 3, longestRetryWait: TimeInterval = 30,
            maxResponseBytes: Int = 256 << 20
        ) {
            self.baseURL = baseURL
            self.apiKey = apiKey
            self.requestTimeout = requestTimeout
            self.rateLimitRetries = rateLimitRetries
            self.longestRetryWait = longestRetryWait
            self.maxResponseBytes = maxResponseBytes
        }
    }

    /// Puffle's production API.
    public static let defaultBaseURL = URL(string: "https://app.puffle.ai")!

    private let configuration: Configuration
    /// The delegate of both URLSessions: refuses redirects, caps answers, keeps the deadline.
    private let transfer = Transfer()
    /// Made on the first request, not at start: making a URLSession loads libcurl (see
    /// CCurlOnDemand), which the first paint should not wait for.
    private let connections = Mutex<Connections?>(nil)

    /// GETs share one URLSession and its kept-alive connections; every other request gets a
    /// URLSession of its own, ended after its answer, so it always goes on a new connection.
    /// libcurl re-sends a GET by itself when a kept-alive connection turns out dead, but a request
    /// with a body on such a connection waits out the whole timeout or fails with a broken pipe
    /// (`Connection: close` alone did not stop libcurl from reusing one the server was closing).
    private struct Connections: @unchecked Sendable {
        let shared: URLSession
        let configuration: URLSessionConfiguration
        let delegate: Transfer

        /// A URLSession for one request with a body; the caller ends it after the answer.
        func fresh() -> URLSession { URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil) }

        func invalidate() {
            shared.finishTasksAndInvalidate()
        }
    }

    /// A client for one API root and key; it never follows a redirect, so the key stays on that host.
    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    deinit {
        connections.withLock { $0?.invalidate() }
    }

    /// The sessions, made on first use; an error when libcurl cannot be loaded.
    private func session(for method: String) throws(APIError) -> URLSession {
        let made = try connections.withLock { (made: inout Connections?) throws(APIError) -> Connections in
            if let made { return made }
            var reason = [CChar](repeating: 0, count: 256)
            guard curl_on_demand_load(&reason, reason.count) == 1 else {
                let text = reason.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
                throw APIError.noNetworkLibrary(detail: String(decoding: text, as: UTF8.self))
            }
            // libcurl's own limit, a little above the delegate's: the delegate reports it, libcurl stops reading.
            curl_on_demand_limit_body(configuration.maxResponseBytes + (1 << 20))
            let sessionConfiguration = FoundationLeftovers.removingNewFolders { URLSessionConfiguration.ephemeral }
            sessionConfiguration.timeoutIntervalForRequest = configuration.requestTimeout
            // The same deadline twice, for two jobs: Transfer's timer answers the caller on time (the
            // resource timeout alone let a trickled answer run on), and this one ends the transfer
            // inside URLSession, where a cancel can wait behind a flooding stream until it stops.
            sessionConfiguration.timeoutIntervalForResource = configuration.deadline
            sessionConfiguration.requestCachePolicy = .reloadIgnoringLocalCacheData
            sessionConfiguration.urlCache = nil
            sessionConfiguration.httpCookieStorage = nil
            let connections = Connections(
                shared: URLSession(configuration: sessionConfiguration, delegate: transfer, delegateQueue: nil),
                configuration: sessionConfiguration, delegate: transfer)
            made = connections
            return connections
        }
        return method == "GET" ? made.shared : made.fresh()
    }

    // MARK: PuffleService

    private static let sessions = ["campaigns", "ai-chat-sessions"]

    /// `GET /api/campaigns/ai-chat-sessions?campaign_id=…`: the caller's sessions, oldest first.
    public func listSessions(campaignID: String) async throws(APIError) -> [Session] {
        let json = try await send("GET", path: Self.sessions, query: [("campaign_id", campaignID)])
        guard case .array(let items)? = json["sessions"] else {
            throw APIError.invalidResponse(status: 200, detail: "no \"sessions\" list in the answer")
        }
        var sessions: [Session] = []
        for item in items { sessions.append(try decodeSession(item)) }
        return sessions
    }

    /// `POST /api/campaigns/ai-chat-sessions`: a new session for a node.
    public func createSession(campaignID: String, nodeID: String) async throws(APIError) -> Session {
        try await sessionAnswer(
            send("POST", path: Self.sessions, body: ["campaign_id": .string(campaignID), "node_id": .string(nodeID)]))
    }

    /// `GET …/ai-chat-sessions/{id}`: the session as the server holds it now.
    public func session(id: String) async throws(APIError) -> Session {
        try await sessionAnswer(send("GET", path: Self.sessions + [id]))
    }

    /// `PATCH …/ai-chat-sessions/{id}` with the changed keys only; answers the whole session.
    public func patchSession(id: String, body: JSONObject) async throws(APIError) -> Session {
        try await sessionAnswer(send("PATCH", path: Self.sessions + [id], body: .object(body)))
    }

    /// `DELETE …/ai-chat-sessions/{id}`: irreversible, so the app asks first.
    public func deleteSession(id: String) async throws(APIError) {
        _ = try await send("DELETE", path: Self.sessions + [id])
    }

    /// `POST …/{id}/turn`: costs money; retried once only on a 500, which releases the session.
    public func startTurn(sessionID: String, request: TurnRequest) async throws(APIError) -> RunHandle {
        try await runAnswer(
            send("POST", path: Self.sessions + [sessionID, "turn"], body: request.json, retryServerErrorOnce: true))
    }

    /// `POST …/{id}/generate-examples`: costs money; retried once only on a 500, as a turn is.
    public func generateExamples(sessionID: String, request: GenerateExamplesRequest) async throws(APIError)
        -> RunHandle
    {
        try await runAnswer(
            send(
                "POST", path: Self.sessions + [sessionID, "generate-examples"], body: request.json,
                retryServerErrorOnce: true))
    }

    /// `GET /api/campaigns`: the caller's campaigns (paging is not documented: one page is read).
    public func campaigns() async throws(APIError) -> [CampaignSummary] {
        guard let list = CampaignSummary.list(answer: try await send("GET", path: ["campaigns"])) else {
            throw APIError.invalidResponse(status: 200, detail: "no \"campaigns\" list in the answer")
        }
        return list
    }

    /// `GET /api/campaigns/{id}`: the campaign with its sequence and senders.
    public func campaign(id: String) async throws(APIError) -> Campaign {
        let json = try await send("GET", path: ["campaigns", id])
        guard let campaign = Campaign(answer: json) else {
            throw APIError.invalidResponse(status: 200, detail: "no \"campaign\" with an id in the answer")
        }
        return campaign
    }

    /// `GET /api/campaigns/{id}/leads`: one page of the roster.
    public func roster(campaignID: String, page: Int, limit: Int) async throws(APIError) -> RosterPage {
        let json = try await send(
            "GET", path: ["campaigns", campaignID, "leads"], query: [("page", String(page)), ("limit", String(limit))])
        guard let roster = RosterPage(answer: json, page: page, limit: limit) else {
            throw APIError.invalidResponse(status: 200, detail: "no \"prospects\" list in the answer")
        }
        return roster
    }

    /// `PUT /api/campaigns/{id}/sequence/nodes/{nodeId}`: puts a draft on the campaign's email.
    public func updateNode(campaignID: String, nodeID: String, body: JSONObject) async throws(APIError) -> SequenceNode
    {
        let json = try await send(
            "PUT", path: ["campaigns", campaignID, "sequence", "nodes", nodeID], body: .object(body))
        guard let node = json["node"].flatMap(SequenceNode.init(json:)) else {
            throw APIError.invalidResponse(status: 200, detail: "no \"node\" with an id in the answer")
        }
        return node
    }

    // MARK: Answers

    private func sessionAnswer(_ json: JSONValue) throws(APIError) -> Session {
        guard let session = json["session"] else {
            throw APIError.invalidResponse(status: 200, detail: "no \"session\" in the answer")
        }
        let decoded = try decodeSession(session)
        guard decoded.hasValidID else {
            throw APIError.invalidResponse(
                status: 200, detail: "the session's id \(SessionID.shown(decoded.id)) is not a UUID")
        }
        return decoded
    }

    private func decodeSession(_ value: JSONValue) throws(APIError) -> Session {
        do {
            return try Session(json: value)
        } catch {
            throw APIError.invalidResponse(status: 200, detail: error.description)
        }
    }

    private func runAnswer(_ json: JSONValue) throws(APIError) -> RunHandle {
        guard case .string(let runID)? = json["runId"] else {
            throw APIError.invalidResponse(status: 200, detail: "no \"runId\" in the answer")
        }
        return RunHandle(runID: runID, publicAccessToken: json["publicAccessToken"]?.stringValue)
    }

    // MARK: Transport

    /// The literal words of the API's paths; every other segment is an id and must be a UUID.
    private static let routeWords: Set<String> = [
        "campaigns", "ai-chat-sessions", "turn", "generate-examples", "leads",
        "sequence", "nodes"
    ]

    /// Ids come from the server (lists, create answers, campaigns): one that is not a UUID
    /// (`..`, `../x`) never becomes part of a URL. Nothing is sent.
    private static func checkPath(_ path: [String]) throws(APIError) {
        for segment in path where !routeWords.contains(segment) && !SessionID.isValid(segment) {
            throw APIError.invalidID(segment)
        }
    }

    private func makeRequest(_ method: String, path: [String], query: [(String, String)], body: JSONValue?)
        -> URLRequest
    {
        var components = URLComponents(url: configuration.baseURL, resolvingAgainstBaseURL: false)!
        let base =
            components.percentEncodedPath.hasSuffix("/")
            ? String(components.percentEncodedPath.dropLast())
            : components.percentEncodedPath
        let allowed = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))
        let tail = path.map { "/" + ($0.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0) }.joined()
        components.percentEncodedPath = base + "/api" + tail
        if !query.isEmpty { components.queryItems = query.map { URLQueryItem(name: $0.0, value: $0.1) } }
        var request = URLRequest(url: components.url!)
        request.httpMethod = method
        request.timeoutInterval = configuration.requestTimeout
        request.setValue("Bearer \(configuration.apiKey)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        request.setValue("puffle-draft/\(PuffleDraft.version)", forHTTPHeaderField: "User-Agent")
        if let body {
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.httpBody = Data(JSONWriter.bytes(body))
        }
        if method != "GET" { request.setValue("close", forHTTPHeaderField: "Connection") }
        return request
    }

    private func send(
        _ method: String, path: [String], query: [(String, String)] = [], body: JSONValue? = nil,
        retryServerErrorOnce: Bool = false
    ) async throws(APIError) -> JSONValue {
        try Self.checkPath(path)
        for (name, value) in query where name.hasSuffix("_id") && !SessionID.isValid(value) {
            throw APIError.invalidID(value)
        }
        let request = makeRequest(method, path: path, query: query, body: body)
        var rateLimitWaits = 0
        var serverErrorRetried = false
        while true {
            let (data, status, retryAfter) = try await transfer(request)
            switch status {
            case 200..<300:
                if data.isEmpty { return .null }
                do {
                    return try JSONParser.parse(data)
                } catch {
                    throw APIError.invalidResponse(
                        status: status, detail: "not JSON: \(ErrorEnvelope.excerpt([UInt8](data.prefix(4096))))")
                }
            case 429
            where rateLimitWaits < configuration.rateLimitRetries
                && (retryAfter ?? 0) <= configuration.longestRetryWait:
                // Retry-After when given, else 1, 2, 4 s; a long wait is the user's call, not ours.
                try await pause(seconds: retryAfter ?? Double(1 << rateLimitWaits))
                rateLimitWaits += 1
            case 500 where retryServerErrorOnce && !serverErrorRetried:
                // The server released its claim on the session: one immediate retry is safe.
                serverErrorRetried = true
            default:
                throw Self.error(status: status, body: [UInt8](data.prefix(65_536)), retryAfter: retryAfter)
                    .redacting(configuration.apiKey)
            }
        }
    }

    private func transfer(_ request: URLRequest) async throws(APIError) -> (Data, Int, Double?) {
        do {
            let limits = Transfer.Limits(maxBytes: configuration.maxResponseBytes, deadline: configuration.deadline)
            let method = request.httpMethod ?? "GET"
            let urlSession = try session(for: method)
            // A request's own session ends with it; its connection is not kept for another.
            defer { if method != "GET" { urlSession.finishTasksAndInvalidate() } }
            let (data, http) = try await transfer.run(request, on: urlSession, limits: limits)
            let retryAfter = (http.value(forHTTPHeaderField: "Retry-After")).flatMap(Self.retryAfterSeconds)
            return (data, http.statusCode, retryAfter)
        } catch let error as APIError {
            throw error
        } catch let error as URLError {
            throw Self.error(from: error, host: request.url?.host ?? "the server")
        } catch is CancellationError {
            throw APIError.cancelled
        } catch {
            throw APIError.unexpected(detail: "\(error)")
        }
    }

    private func pause(seconds: Double) async throws(APIError) {
        do { try await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000)) } catch { throw APIError.cancelled }
    }

    static func retryAfterSeconds(_ header: String) -> Double? {
        let trimmed = header.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(trimmed), seconds >= 0 { return seconds }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: trimmed).map { max(0, $0.timeIntervalSinceNow) }
    }

    static func error(status: Int, body: [UInt8], retryAfter: Double?) -> APIError {
        let message = ErrorEnvelope.message(from: body, status: status)
        switch status {
        case 401, 403: return .unauthorized(status: status, message: message)
        case 404: return .notFound(message: message)
        case 409: return .busy(message: message)
        case 429: return .rateLimited(retryAfter: retryAfter, message: message)
        case 400..<500: return .rejected(status: status, message: message)
        case 500..<600: return .serverError(status: status, message: message)
        default: return .invalidResponse(status: status, detail: message)
        }
    }

    static func error(from error: URLError, host: String) -> APIError {
        switch error.code {
        case .timedOut: return .timedOut
        case .cancelled: return .cancelled
        case .cannotConnectToHost: return .unreachable(.refused)
        case .networkConnectionLost: return .unreachable(.dropped)
        case .cannotFindHost, .dnsLookupFailed: return .unreachable(.unknownHost(host))
        case .notConnectedToInternet: return .unreachable(.noNetwork)
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot:
            return .unreachable(.tlsFailed(error.localizedDescription))
        case .badServerResponse, .cannotParseResponse:
            // No status line at all: the connection closed before the server answered.
            return .unreachable(.droppedBeforeAnswer)
        default: return .unreachable(.other(error.localizedDescription))
        }
    }
}
