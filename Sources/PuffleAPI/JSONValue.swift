import DraftCore

/// Arbitrary JSON as one recursive value.
///
/// The server may add fields at any time, and a save must never drop them, so nothing here
/// throws information away: objects keep their key order, numbers keep their literal text, and
/// strings are equal only byte for byte (`isSameText`): a value that would be sent differently
/// is a different value.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The string, or nil for any other kind of value.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The elements, or nil for any other kind of value.
    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// The object's keys and values, or nil for any other kind of value.
    public var objectValue: JSONObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// Whether the value is JSON `null`.
    public var isNull: Bool { self == .null }

    /// Every string in the value, depth first: the words of a skeleton, whatever its shape.
    public var allStrings: [String] {
        switch self {
        case .string(let text): [text]
        case .array(let items): items.flatMap(\.allStrings)
        case .object(let object): object.entries.flatMap(\.value.allStrings)
        default: []
        }
    }

    /// Equal when of the same kind with equal contents; strings compare byte for byte.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.string(let a), .string(let b)): a.isSameText(as: b)
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a == b
        default: false
        }
    }

    /// A short word for messages such as "expected a string, found a number".
    public var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// Looks up a key when this is an object; nil otherwise.
    public subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }
}

/// A JSON number kept as its literal text, so `9007199254740993` or `1.50` round-trip exactly.
public struct JSONNumber: Sendable, Equatable, CustomStringConvertible {
    /// The number exactly as the server wrote it, so it is sent back unchanged.
    public let literal: String

    /// Accepts only the JSON number grammar.
    public init?(literal: String) {
        guard JSONNumber.isValid(Array(literal.utf8)[...]) else { return nil }
        self.literal = literal
    }

    init(unchecked literal: String) { self.literal = literal }

    /// A number from an integer.
    public init(_ value: Int) { self.literal = String(value) }

    /// The number as an integer, when it is one.
    public var intValue: Int? { Int(literal) }
    /// The number as a double.
    public var doubleValue: Double? { Double(literal) }
    /// The number's literal.
    public var description: String { literal }

    static func isValid(_ bytes: ArraySlice<UInt8>) -> Bool {
        var i = bytes.startIndex
        let end = bytes.endIndex
        func digit(_ at: Int) -> Bool { at < end && bytes[at] >= 0x30 && bytes[at] <= 0x39 }
        if i < end && bytes[i] == 0x2D { i += 1 }
        guard digit(i) else { return false }
        if bytes[i] == 0x30 { i += 1 } else { while digit(i) { i += 1 } }
        if i < end && bytes[i] == 0x2E {
            i += 1
            guard digit(i) else { return false }
            while digit(i) { i += 1 }
        }
        if i < end && (bytes[i] == 0x65 || bytes[i] == 0x45) {
            i += 1
            if i < end && (bytes[i] == 0x2B || bytes[i] == 0x2D) { i += 1 }
            guard digit(i) else { return false }
            while digit(i) { i += 1 }
        }
        return i == end
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    /// A JSON string written as a Swift literal.
    public init(stringLiteral value: String) { self = .string(value) }
    /// A JSON number written as a Swift literal.
    public init(integerLiteral value: Int) { self = .number(JSONNumber(value)) }
    /// A JSON boolean written as a Swift literal.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// A JSON array written as a Swift literal.
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    /// A JSON object written as a Swift literal, keys in the order written.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(JSONObject(elements))
    }
}

extension JSONValue {
    /// A string, or null when the optional is empty.
    public init(_ string: String?) {
        self = string.map(JSONValue.string) ?? .null
    }
}
