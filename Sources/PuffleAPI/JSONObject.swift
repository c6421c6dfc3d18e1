/// A JSON object that remembers the order of its keys.
///
/// Lookups are linear: session objects have a dozen keys, and a hash index per object would
/// cost more than it saves on transcripts of 100,000 two-key messages.
public struct JSONObject: Sendable, Equatable, Sequence {
    public typealias Element = (key: String, value: JSONValue)

    public private(set) var entries: [Element]

    public init() { entries = [] }

    /// Later duplicates replace earlier values, as most JSON readers do.
    public init<S: Sequence>(_ pairs: S) where S.Element == (String, JSONValue) {
        entries = []
        for (key, value) in pairs { self[key] = value }
    }

    init(uniqueEntries: [Element]) { entries = uniqueEntries }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }
    public var keys: [String] { entries.map(\.key) }

    public func makeIterator() -> IndexingIterator<[Element]> { entries.makeIterator() }

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

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.entries.count == rhs.entries.count else { return false }
        for (l, r) in zip(lhs.entries, rhs.entries) where l.key != r.key || l.value != r.value {
            return false
        }
        return true
    }
}
