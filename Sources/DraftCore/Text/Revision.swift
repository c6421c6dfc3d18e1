import Synchronization

/// Numbers that name one version of something (a field's text, the loaded session), unique in
/// the process: two versions of anything never share one, so a render cached under a number
/// is shown again only for the very content it was drawn from.
public enum Revision {
    private static let counter = Atomic<Int>(0)

    public static func next() -> Int { counter.wrappingAdd(1, ordering: .relaxed).newValue }
}
