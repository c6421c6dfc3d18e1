import PuffleAPI

/// How long to wait before trying again a request that failed for a reason that may pass: a
/// save, a page of the roster. One rule, so every retry the app makes backs off alike.
enum Backoff {
    /// The longest wait between attempts.
    static let longest = 30.0

    /// 1, 2, 4, 8 … up to 30 s, give or take a fifth so that many clients do not come back at
    /// once; never sooner than the server's Retry-After.
    static func delay(attempt: Int, after error: APIError, seed: String) -> Double {
        let base = min(longest, Double(1 << min(max(0, attempt - 1), 5)))
        // The same spread for the same seed and attempt: the update stays a function of its inputs.
        var hash: UInt64 = 14_695_981_039_346_656_037
        for byte in seed.utf8 + [UInt8(truncatingIfNeeded: attempt)] {
            hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211
        }
        let spread = base * 0.2 * (Double(hash % 1000) / 500 - 1)
        let delay = max(1, min(longest, base + spread))
        if case .rateLimited(let retryAfter?, _) = error { return max(delay, retryAfter) }
        return delay
    }
}
