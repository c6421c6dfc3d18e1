/// The version shown by `--version` and sent in the User-Agent.
public enum PuffleDraft {
    public static let version = "0.1.0"
}
