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
        /// A refused redirect: reported when the task completes, instead of the 3xx it ends with.
        var redirect: APIError?
    }

    /// By task object: a task's identifier counts within its URLSession only, and writes each
    /// have a URLSession of their own.
    private let pending = Mutex<[ObjectIdentifier: Pending]>([:])
    /// The deadlines fire here and cancels wait here, each on a queue of its own: a cancel can wait
    /// behind a stream that floods URLSession's queue, and on the shared global queue enough such
    /// waits would hold back every deadline with them.
    private let deadlines = DispatchQueue(label: "puffle-draft.transfer.deadlines")
    private let cancels = DispatchQueue(label: "puffle-draft.transfer.cancels")

    /// Sends `request` on `session` (whose delegate must be this object) and returns the answer.
    func run(_ request: URLRequest, on session: URLSession, limits: Limits) async throws -> (Data, HTTPURLResponse) {
        let task = session.dataTask(with: request)
        let id = ObjectIdentifier(task)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                pending.withLock { $0[id] = Pending(continuation: continuation, limits: limits) }
                task.resume()
                deadlines.asyncAfter(deadline: .now() + limits.deadline) { [weak self, weak task] in
                    guard let self, let task else { return }
                    self.abandon(task, because: .tooSlow(seconds: Int(limits.deadline.rounded(.up))))
                }
            }
        } onCancel: {
            task.cancel()
        }
    }

    /// Answers the caller with `reason` at once and cancels the task. The caller does not wait
    /// for URLSession to wind the transfer down (a cancelled stream can take until the server
    /// stops sending), and whatever still arrives for the task is dropped.
    private func abandon(_ task: URLSessionTask, because reason: APIError) {
        guard let entry = pending.withLock({ $0.removeValue(forKey: ObjectIdentifier(task)) }) else { return }
        entry.continuation.resume(throwing: reason)
        // Not on the delegate's queue: cancel waits for URLSession's own queue, and meanwhile the
        // delegate's queue must go on dropping what still arrives.
        cancels.async { task.cancel() }
    }

    // MARK: URLSessionDataDelegate

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        // Puffle's API never redirects: whatever the target, the key is not sent there.
        let target = request.url.map { url in (url.scheme.map { $0 + "://" } ?? "") + (url.host ?? "?") } ?? "?"
        pending.withLock {
            $0[ObjectIdentifier(task)]?.redirect = .redirected(status: response.statusCode, target: target)
        }
        completionHandler(nil)
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        let limit = pending.withLock { $0[ObjectIdentifier(dataTask)]?.limits.maxBytes } ?? 0
        completionHandler(.allow)
        if response.expectedContentLength > Int64(limit) {
            abandon(dataTask, because: .answerTooLarge(limitBytes: limit))
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let id = ObjectIdentifier(dataTask)
        let limit = pending.withLock { running -> Int? in
            guard var entry = running.removeValue(forKey: id) else { return nil }
            guard entry.data.count + data.count <= entry.limits.maxBytes else {
                running[id] = entry
                return entry.limits.maxBytes
            }
            entry.data.append(data)  // taken out of the table first, so the buffer has one owner and is not copied
            running[id] = entry
            return nil
        }
        if let limit { abandon(dataTask, because: .answerTooLarge(limitBytes: limit)) }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        guard let entry = pending.withLock({ $0.removeValue(forKey: ObjectIdentifier(task)) }) else { return }
        if let redirect = entry.redirect { return entry.continuation.resume(throwing: redirect) }
        if let error { return entry.continuation.resume(throwing: error) }
        guard let http = task.response as? HTTPURLResponse else {
            return entry.continuation.resume(
                throwing: APIError.invalidResponse(status: 0, detail: "not an HTTP answer"))
        }
        entry.continuation.resume(returning: (entry.data, http))
    }
}
