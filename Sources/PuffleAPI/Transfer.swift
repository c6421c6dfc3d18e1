import Foundation
import Synchronization
#if canImport(FoundationNetworking)
internal import FoundationNetworking
#endif

/// Carries out one request with the limits a hostile or broken server cannot get around.
///
/// URLSession's `data(for:)` follows redirects (copying `Authorization` to wherever the server
/// points, plain http included), reads an answer of any size into memory, and lets a server
/// that trickles a byte at a time keep a request open for as long as it likes. Every request
/// therefore runs as a data task whose session delegate is this object: a redirect is refused
/// and reported with the host it named, an answer past `maxBytes` is cut off, and the whole
/// exchange, headers to last byte, has a deadline kept by our own timer.
final class Transfer: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    /// What one request may cost at most.
    struct Limits: Sendable {
        /// The largest answer read, in bytes.
        var maxBytes: Int
        /// Seconds from sending to the last byte of the answer.
        var deadline: TimeInterval
    }

    private struct Pending {
        let continuation: CheckedContinuation<(Data, HTTPURLResponse), any Error>
        let limits: Limits
        var data = Data()
        /// Why the task was stopped on purpose; reported instead of URLSession's own error.
        var failure: APIError?
    }

    private let pending = Mutex<[Int: Pending]>([:])

    /// Sends `request` on `session` (whose delegate must be this object) and returns the answer.
    func run(_ request: URLRequest, on session: URLSession, limits: Limits) async throws -> (Data, HTTPURLResponse) {
        let task = session.dataTask(with: request)
        let id = task.taskIdentifier
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                pending.withLock { $0[id] = Pending(continuation: continuation, limits: limits) }
                task.resume()
                DispatchQueue.global().asyncAfter(deadline: .now() + limits.deadline) { [weak self, weak task] in
                    guard let self, let task else { return }
                    if self.stop(id, because: .tooSlow(seconds: Int(limits.deadline.rounded(.up)))) { task.cancel() }
                }
            }
        } onCancel: {
            task.cancel()
        }
    }

    /// Marks a task as stopped for `reason`, if it is still running; true when it was.
    private func stop(_ id: Int, because reason: APIError) -> Bool {
        pending.withLock { running in
            guard running[id] != nil, running[id]?.failure == nil else { return false }
            running[id]?.failure = reason
            return true
        }
    }

    // MARK: URLSessionDataDelegate

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        // Puffle's API never redirects: whatever the target, the key is not sent there.
        let target = request.url.map { url in (url.scheme.map { $0 + "://" } ?? "") + (url.host ?? "?") } ?? "?"
        _ = stop(task.taskIdentifier, because: .redirected(status: response.statusCode, target: target))
        completionHandler(nil)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        let id = dataTask.taskIdentifier
        let limit = pending.withLock { $0[id]?.limits.maxBytes } ?? 0
        if response.expectedContentLength > Int64(limit), stop(id, because: .answerTooLarge(limitBytes: limit)) {
            completionHandler(.cancel)
            return
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let id = dataTask.taskIdentifier
        let over = pending.withLock { running -> Bool in
            guard var entry = running[id], entry.failure == nil else { return false }
            guard entry.data.count + data.count <= entry.limits.maxBytes else {
                entry.failure = .answerTooLarge(limitBytes: entry.limits.maxBytes)
                entry.data = Data()
                running[id] = entry
                return true
            }
            running[id] = nil  // appended without a second reference, so the buffer is not copied
            entry.data.append(data)
            running[id] = entry
            return false
        }
        if over { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        guard let entry = pending.withLock({ $0.removeValue(forKey: task.taskIdentifier) }) else { return }
        if let failure = entry.failure { return entry.continuation.resume(throwing: failure) }
        if let error { return entry.continuation.resume(throwing: error) }
        guard let http = task.response as? HTTPURLResponse else {
            return entry.continuation.resume(throwing: APIError.invalidResponse(status: 0, detail: "not an HTTP answer"))
        }
        entry.continuation.resume(returning: (entry.data, http))
    }
}
