/// A JSON object that remembers the order of its keys.
///
/// Lookups are linear: session objects have a dozen keys, and a hash index per object would
/// cost more than it saves on transcripts of 100,000 two-key messages.
public struct JSONObject: Sendable, Equatable, Sequence {
    /// A key and its value, in the order the object holds them.
    public typealias Element = (key: String, value: JSONValue)

    /// The keys and values in their order: a session saved back keeps the server's order.
    public private(set) var entries: [Element]

    /// An empty object.
    public init() { entries = [] }

    /// Later duplicates replace earlier values, as most JSON readers do.
    public init<S: Sequence>(_ pairs: S) where S.Element == (String, JSONValue) {
        entries = []
        for (key, value) in pairs { self[key] = value }
    }

    init(uniqueEntries: [Element]) { entries = uniqueEntries }

    /// How many keys the object has.
    public var count: Int { entries.count }
    /// Whether the object has no key: an empty PATCH is not sent.
    public var isEmpty: Bool { entries.isEmpty }
    /// The keys in their order.
    public var keys: [String] { entries.map(\.key) }

    /// Iterates the keys and values in their order.
    public func makeIterator() -> IndexingIterator<[Element]> { entries.makeIterator() }

    /// Where a key is, or nil when the object lacks it.
    public func index(of key: String) -> Int? {
        entries.firstIndex { $0.key == key }
    }

    /// Setting nil removes the key; setting an existing key keeps its position.
    public subscript(key: String) -> JSONValue? {
        get { index(of: key).map { entries[$0].value } }
        set {
            if let i = index(of: key) {
                if let newValue { entries[i].value = newValue } else { entries.remove(at: i) }
            } else if let newValue {
                entries.append((key, newValue))
            }
        }
    }

    /// Equal when they hold the same keys with equal values, whatever the order.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.entries.count == rhs.entries.count else { return false }
        for (l, r) in zip(lhs.entries, rhs.entries) where l.key != r.key || l.value != r.value {
            return false
        }
        return true
    }
}
