import PuffleAPI

/// The exit statuses of interface.md.
public enum ExitStatus {
    public static let ok: Int32 = 0
    public static let usage: Int32 = 64
    public static let unavailable: Int32 = 69
    public static let authentication: Int32 = 77
    public static let failure: Int32 = 1

    public static func forStartFailure(_ error: APIError) -> Int32 {
        switch error {
        case .unauthorized: authentication
        case .unreachable, .timedOut: unavailable
        default: failure
        }
    }
}
