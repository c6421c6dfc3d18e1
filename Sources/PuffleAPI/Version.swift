/// The version shown by `--version` and sent in the User-Agent.
public enum PuffleDraft {
    /// The version `--version` prints and the User-Agent sends.
    public static let version = "0.1.0"
}
