import Synchronization

/// Numbers that name one version of something (a field's text, the loaded session), unique in
/// the process: two versions of anything never share one, so a render cached under a number
/// is shown again only for the very content it was drawn from.
public enum Revision {
    private static let counter = Atomic<Int>(0)

    /// A number no version has had before in this process.
    public static func next() -> Int { counter.wrappingAdd(1, ordering: .relaxed).newValue }
}

/// A field that `==` leaves out: the name a revision gives a version for the render cache, or a
/// memo of something computed. Neither is part of what the value is, so two states that hold the
/// same things are equal whatever their caches hold, and tests compare whole states.
@propertyWrapper
public struct NotCompared<Value: Sendable>: Equatable, Sendable {
    /// The value kept, read and written as if the wrapper were not there.
    public var wrappedValue: Value

    /// Wraps a value that `==` leaves out.
    public init(wrappedValue: Value) { self.wrappedValue = wrappedValue }

    /// Always equal: the wrapped value is not part of what the state is.
    public static func == (_: NotCompared, _: NotCompared) -> Bool { true }
}
