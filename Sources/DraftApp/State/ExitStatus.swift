import PuffleAPI

/// The exit statuses of interface.md.
public enum ExitStatus {
    /// Done: saved or nothing to save.
    public static let ok: Int32 = 0
    /// A bad argument or option (`EX_USAGE`).
    public static let usage: Int32 = 64
    /// The server could not be reached, or did not answer in time (`EX_UNAVAILABLE`).
    public static let unavailable: Int32 = 69
    /// No API key, or the key was refused (`EX_NOPERM`).
    public static let authentication: Int32 = 77
    /// Any other failure.
    public static let failure: Int32 = 1

    /// Each status with what it means, in the order the man page lists them.
    public static let meanings: [(status: Int32, meaning: String)] = [
        (ok, "done"), (failure, "any other failure"), (usage, "a usage error"),
        (unavailable, "the server could not be reached at start"),
        (authentication, "no API key, or the key was refused (401/403)")
    ]

    /// The exit status for a failure to open the session at start.
    public static func forStartFailure(_ error: APIError) -> Int32 {
        switch error {
        case .unauthorized: authentication
        case .unreachable, .timedOut: unavailable
        default: failure
        }
    }
}
