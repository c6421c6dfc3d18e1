import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
import PuffleAPI

/// The contract fake of Tests/Fixtures/fake_puffle.py, running for real on 127.0.0.1.
public final class FakeServer: @unchecked Sendable {
    /// The key the fake accepts; anything else is answered 401.
    public static let apiKey = "pk_test_fake_0123456789"
    /// The loopback port the fake listens on, chosen by the system.
    public private(set) var port: Int
    /// The fake's root, for `--base-url` and the client's configuration.
    public var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }
    private var pid: pid_t
    private let directory: TemporaryDirectory

    /// The Python script that is the fake: the API's contract, run for real over HTTP.
    public static var scriptPath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/fake_puffle.py").path
    }

    /// Starts the fake on a free port and waits until it answers.
    public init() throws {
        directory = try TemporaryDirectory()
        (pid, port) = try FakeServer.launch(in: directory, port: 0)
    }

    private static func launch(in directory: TemporaryDirectory, port: Int) throws -> (pid_t, Int) {
        let portFile = directory.path + "/port"
        unlink(portFile)
        var environment = ProcessInfo.processInfo.environment
        environment["FAKE_PUFFLE_KEY"] = FakeServer.apiKey
        let pid = try Spawn.start(
            ["python3", FakeServer.scriptPath, "--port-file", portFile, "--port", String(port)],
            environment: environment, stderrPath: directory.path + "/stderr")
        let deadline = Date().addingTimeInterval(10)
        var found: Int?
        while found == nil && Date() < deadline {
            found = (try? String(contentsOfFile: portFile, encoding: .utf8)).flatMap { Int($0) }
            if found == nil { usleep(20_000) }
        }
        guard let found else {
            kill(pid, SIGKILL)
            throw POSIXError(.ETIMEDOUT)
        }
        return (pid, found)
    }

    /// Takes the server away (connections are refused) until `start()`; its sessions go with it.
    public func stop() {
        kill(pid, SIGTERM)
        _ = Spawn.wait(pid)
    }

    /// Comes back on the same port, empty.
    public func start() throws {
        (pid, port) = try FakeServer.launch(in: directory, port: port)
    }

    deinit {
        kill(pid, SIGTERM)
        _ = Spawn.wait(pid)
    }

    // MARK: Control

    /// A request the fake received, as it logged it.
    public struct RecordedRequest: Sendable {
        /// `GET`, `PATCH`, ….
        public let method: String
        /// The path, without the query.
        public let path: String
        /// The query string, without the `?`.
        public let query: String
        /// The Authorization header as sent: tests check the key went only where it should.
        public let authorization: String?
        /// The User-Agent header as sent.
        public let userAgent: String?
        /// The body as sent: tests check the exact PATCH.
        public let body: String
        /// The request's `Connection` header, and the client's port: which connection it came on.
        public let connection: String?
        /// The client's port: requests from one connection share it.
        public let peerPort: Int
        /// The body parsed, or nil when it is not JSON.
        public var json: JSONValue? { try? JSONParser.parse(body) }
    }

    /// Stores a session on the fake, as if the web app had made it.
    public func seed(_ session: JSONValue) throws { _ = try control("POST", "sessions", session) }

    /// A campaign as `GET /api/campaigns/{id}` answers it, and its roster.
    public func seedCampaign(_ answer: JSONValue, prospects: [JSONValue] = []) throws {
        _ = try control("POST", "campaigns", ["answer": answer, "prospects": .array(prospects)])
    }

    /// A campaign as the fake holds it now.
    public func storedCampaign(_ id: String) throws -> JSONValue { try control("GET", "campaigns/\(id)") }

    /// A session as the fake holds it now: what a save really wrote.
    public func storedSession(_ id: String) throws -> JSONValue {
        try control("GET", "sessions/\(id)")["session"] ?? .null
    }

    /// Every request the fake received, in order.
    public func requests() throws -> [RecordedRequest] {
        (try control("GET", "requests")["requests"]?.arrayValue ?? []).map { r in
            RecordedRequest(
                method: r["method"]?.stringValue ?? "", path: r["path"]?.stringValue ?? "",
                query: r["query"]?.stringValue ?? "", authorization: r["authorization"]?.stringValue,
                userAgent: r["user_agent"]?.stringValue, body: r["body"]?.stringValue ?? "",
                connection: r["connection"]?.stringValue,
                peerPort: r["peer_port"].flatMap { if case .number(let n) = $0 { n.intValue } else { nil } } ?? 0)
        }
    }

    /// Watches the request log for `seconds` and throws as soon as more than `count` requests
    /// match: the window is the longest the client could take to send again by itself (a retry's
    /// backoff), and a request that comes is caught when it comes, not after a fixed sleep.
    public func expectNoMore(than count: Int, within seconds: Double, _ matches: (RecordedRequest) -> Bool) throws {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            let sent = try requests().filter(matches)
            if sent.count > count {
                throw TmuxError(message: "\(sent.count) requests, \(count) expected: \(sent.map(\.path))")
            }
            usleep(20_000)
        } while Date() < deadline
    }

    /// The API requests other than GETs: what the client wrote.
    public func writes() throws -> [RecordedRequest] { try requests().filter { $0.method != "GET" } }

    /// Makes the fake misbehave (a status, a delay, a dropped connection) for matching requests.
    public func fault(_ description: JSONValue) throws { _ = try control("POST", "fault", description) }
    /// Makes the fake behave again.
    public func clearFaults() throws { _ = try control("POST", "faults/clear") }
    /// Ends a session's running task now, setting the fields the task would have written.
    public func finishTask(_ id: String, set fields: JSONValue = [:]) throws {
        _ = try control("POST", "finish", ["id": .string(id), "set": fields])
    }
    /// How long the fake's tasks run before they end by themselves.
    public func configure(taskSeconds: Int) throws {
        _ = try control("POST", "config", ["task_seconds": .number(JSONNumber(taskSeconds))])
    }

    /// Sends a request to the fake's control routes, which only tests use.
    @discardableResult
    public func control(_ method: String, _ what: String, _ body: JSONValue? = nil) throws -> JSONValue {
        var request = URLRequest(url: baseURL.appendingPathComponent("__control/\(what)"))
        request.httpMethod = method
        if let body { request.httpBody = Data(JSONWriter.bytes(body)) }
        let box = ResultBox()
        let semaphore = DispatchSemaphore(value: 0)
        URLSession.shared.dataTask(with: request) { data, _, error in
            box.data = data
            box.error = error
            semaphore.signal()
        }.resume()
        semaphore.wait()
        if let error = box.error { throw error }
        return try JSONParser.parse([UInt8](box.data ?? Data()))
    }

    private final class ResultBox: @unchecked Sendable {
        var data: Data?
        var error: Error?
    }
}
