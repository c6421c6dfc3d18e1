import Foundation

/// Every way a call to the session service can fail, each with a message a copywriter can act on.
public enum APIError: Error, Sendable, Equatable {
    /// 401 or 403: the key is wrong or lacks access. Never retried.
    case unauthorized(status: Int, message: String)
    case notFound(message: String)
    /// 409: a chat turn or example generation is already running.
    case busy(message: String)
    /// 429 after the client's own retries, with the server's suggested wait.
    case rateLimited(retryAfter: Double?, message: String)
    /// Other 4xx: the server refused the request as malformed.
    case rejected(status: Int, message: String)
    case serverError(status: Int, message: String)
    /// The server answered, but not with what the API promises (HTML, broken or wrongly-typed JSON).
    case invalidResponse(status: Int, detail: String)
    /// No answer came: why, by kind (whether anything was sent follows from the kind).
    case unreachable(Unreachable)
    case timedOut
    case cancelled
    /// The offline demo workspace could not be read or written.
    case storage(detail: String)
    /// libcurl, which URLSession sends with, could not be loaded: nothing was sent.
    case noNetworkLibrary(detail: String)
    /// The server answered with a redirect (to `target`, scheme and host). Puffle's API does not
    /// redirect, so it is not followed: the key stays with the configured base URL.
    case redirected(status: Int, target: String)
    /// The answer was bigger than `max_response_mb` and was cut off.
    case answerTooLarge(limitBytes: Int)
    /// The whole answer did not arrive within the request's deadline (a few times `timeout`).
    case tooSlow(seconds: Int)
    /// An id from the server (or a file) that is not a UUID: it is never put in a URL or a file
    /// name, so nothing was sent.
    case invalidID(String)
    /// A failure the client does not know (not one of the network's): shown as it is, never retried.
    case unexpected(detail: String)

    /// Why the server could not be reached. Whether a request may have been carried out is a
    /// property of the kind, never read from the words.
    public enum Unreachable: Sendable, Equatable {
        /// The host refused the connection: nothing was sent.
        case refused
        /// The host's name did not resolve: nothing was sent.
        case unknownHost(String)
        /// The machine has no network: nothing was sent.
        case noNetwork
        /// The TLS handshake failed (the reason given): nothing was sent, as the request goes
        /// out only once the handshake is done.
        case tlsFailed(String)
        /// The connection dropped after it was made: the request may have gone out.
        case dropped
        /// The connection closed before any status line: the request may have gone out.
        case droppedBeforeAnswer
        /// Another network failure, in the system's words: the request may have gone out.
        case other(String)

        /// The words after "cannot reach the server: ".
        public var detail: String {
            switch self {
            case .refused: "connection refused"
            case .unknownHost(let host): "unknown host \(host)"
            case .noNetwork: "no network"
            case .tlsFailed(let reason): "TLS failed (\(reason))"
            case .dropped: "the connection was dropped"
            case .droppedBeforeAnswer: "the connection was dropped before the server answered"
            case .other(let detail): detail
            }
        }

        /// Nothing reached the server.
        public var nothingSent: Bool {
            switch self {
            case .refused, .unknownHost, .noNetwork, .tlsFailed: true
            case .dropped, .droppedBeforeAnswer, .other: false
            }
        }
    }

    /// The HTTP status, when the server answered at all.
    public var status: Int? {
        switch self {
        case .unauthorized(let s, _), .rejected(let s, _), .serverError(let s, _), .invalidResponse(let s, _): s
        case .notFound: 404
        case .busy: 409
        case .rateLimited: 429
        case .redirected(let s, _): s
        case .unreachable, .timedOut, .cancelled, .storage, .noNetworkLibrary, .answerTooLarge, .tooSlow, .invalidID,
            .unexpected:
            nil
        }
    }

    /// One line for the footer or stderr: the status first, then the server's words.
    public var message: String {
        switch self {
        case .unauthorized(let status, let message):
            "HTTP \(status): \(message) — check the API key (Settings → API in Puffle)"
        case .notFound(let message): "HTTP 404: \(message)"
        case .busy(let message): "HTTP 409: \(message) — wait for the running task to finish"
        case .rateLimited(let retryAfter, let message):
            "HTTP 429: \(message)" + (retryAfter.map { " — try again in \(Int($0.rounded(.up))) s" } ?? "")
        case .rejected(let status, let message): "HTTP \(status): \(message)"
        case .serverError(let status, let message): "HTTP \(status): \(message) — the server failed; try again"
        case .invalidResponse(let status, let detail): "HTTP \(status): unexpected answer from the server: \(detail)"
        case .unreachable(let why): "cannot reach the server: \(why.detail)"
        case .timedOut: "the server did not answer in time"
        case .cancelled: "the request was cancelled"
        case .storage(let detail): "demo workspace: \(detail)"
        case .noNetworkLibrary(let detail):
            "cannot use the network: libcurl is not installed (the Debian package libcurl4): \(detail)"
        case .redirected(let status, let target):
            "HTTP \(status): the server redirected to \(target); puffle-draft never follows a redirect, "
                + "so the API key was not sent there (check base_url)"
        case .answerTooLarge(let limit):
            "the server's answer is larger than max_response_mb = \(limit >> 20) MB and was cut off "
                + "(raise max_response_mb in the config if a session really is that large)"
        case .tooSlow(let seconds):
            "the server did not send its whole answer within \(seconds) s (4 × timeout); the request was abandoned"
        case .invalidID(let id): "the server gave an id that is not a UUID: \(SessionID.shown(id)); nothing was sent"
        case .unexpected(let detail): "the request failed: \(detail)"
        }
    }

    /// Worth trying again by itself a little later: the network failed, or the server said it
    /// failed (5xx) or is overloaded (429). Anything else (a 4xx, a bad key, an answer whose shape
    /// changed, an error nobody foresaw) answers the same way every time, so it is shown once.
    public var isTransient: Bool {
        switch self {
        case .unreachable, .timedOut, .serverError, .rateLimited, .tooSlow: true
        case .unauthorized, .notFound, .busy, .rejected, .cancelled, .storage, .noNetworkLibrary, .redirected,
            .answerTooLarge, .invalidID, .invalidResponse, .unexpected:
            false
        }
    }

    /// The host could not be reached at all (refused, unknown, no network, no TLS): nothing was sent.
    public var isOffline: Bool {
        guard case .unreachable(let why) = self else { return false }
        return why.nothingSent
    }

    /// The request may have reached the server and been carried out though no answer came back
    /// (a connection dropped after the body went out, a timeout, a gateway's error page).
    public var mayHaveReachedServer: Bool {
        switch self {
        case .unreachable: !isOffline
        case .timedOut, .invalidResponse, .tooSlow, .answerTooLarge, .unexpected: true
        case .serverError(let status, _): status != 500
        default: false
        }
    }

    /// The same error with a secret scrubbed from the server's words: a server that echoes the
    /// key in an error message must not put it on screen or in the log.
    func redacting(_ secret: String) -> APIError {
        guard !secret.isEmpty else { return self }
        func clean(_ text: String) -> String { text.replacingOccurrences(of: secret, with: "[redacted]") }
        switch self {
        case .unauthorized(let status, let message): return .unauthorized(status: status, message: clean(message))
        case .notFound(let message): return .notFound(message: clean(message))
        case .busy(let message): return .busy(message: clean(message))
        case .rateLimited(let retryAfter, let message):
            return .rateLimited(retryAfter: retryAfter, message: clean(message))
        case .rejected(let status, let message): return .rejected(status: status, message: clean(message))
        case .serverError(let status, let message): return .serverError(status: status, message: clean(message))
        case .invalidResponse(let status, let detail): return .invalidResponse(status: status, detail: clean(detail))
        case .unexpected(let detail): return .unexpected(detail: clean(detail))
        case .unreachable, .timedOut, .cancelled, .storage, .noNetworkLibrary, .redirected, .answerTooLarge, .tooSlow,
            .invalidID:
            return self
        }
    }
}
