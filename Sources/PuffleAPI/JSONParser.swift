/// Why a document is not JSON, with where it went wrong.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was wrong at that byte.
    public let message: String
    /// Byte offset into the document.
    public let offset: Int

    /// The problem with its byte offset, for the log.
    public var description: String { "invalid JSON at byte \(offset): \(message)" }
}

/// A strict JSON reader (RFC 8259) that keeps key order and number literals.
///
/// Written by hand because Foundation's readers lose both, and because a 50 MB session must
/// open no slower than Python's `json.load`.
public enum JSONParser {
    /// Deep enough for any real document; shallow enough that fuzzed input cannot exhaust the stack.
    public static let maxDepth = 256

    /// Parses a JSON text; numbers keep their literal and object keys their order.
    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        try parse(Array(text.utf8))
    }

    /// Parses JSON bytes as they came off the network, without a String made first.
    public static func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONValue {
        let result: Result<JSONValue, JSONParseError> = bytes.withUnsafeBytes { raw in
            do throws(JSONParseError) { return .success(try parse(raw)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// Parses bytes in place (a 50 MB answer is not copied first).
    public static func parse(_ raw: UnsafeRawBufferPointer) throws(JSONParseError) -> JSONValue {
        let bytes = raw.bindMemory(to: UInt8.self)
        let result: Result<JSONValue, JSONParseError> = { (buffer: UnsafeBufferPointer<UInt8>) in
            var reader = Reader(bytes: buffer)
            do {
                reader.skipWhitespace()
                let value = try reader.readValue(depth: 0)
                reader.skipWhitespace()
                guard reader.position == buffer.count else {
                    throw reader.error("unexpected text after the end of the document")
                }
                return .success(value)
            } catch let error as JSONParseError {
                return .failure(error)
            } catch {
                return .failure(JSONParseError(message: "\(error)", offset: 0))
            }
        }(bytes)
        return try result.get()
    }
}

private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    func error(_ message: String) -> JSONParseError {
        JSONParseError(message: message, offset: position)
    }

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    mutating func readValue(depth: Int) throws(JSONParseError) -> JSONValue {
        guard position < bytes.count else { throw error("the document ends too early") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return .object(try readObject(depth: depth + 1))
        case UInt8(ascii: "["): return .array(try readArray(depth: depth + 1))
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try readNumber())
        default: throw error("unexpected character '\(printable(bytes[position]))'")
        }
    }

    private func printable(_ byte: UInt8) -> String {
        byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : "\\x" + String(byte, radix: 16)
    }

    private mutating func expectWord(_ word: StaticString) throws(JSONParseError) {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw error("the document ends too early") }
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: count)
        for i in 0..<count where bytes[position + i] != expected[i] {
            throw error("unexpected character '\(printable(bytes[position + i]))'")
        }
        position += count
    }

    private mutating func readObject(depth: Int) throws(JSONParseError) -> JSONObject {
        guard depth <= JSONParser.maxDepth else { throw error("nested deeper than \(JSONParser.maxDepth) levels") }
        position += 1
        var entries: [JSONObject.Element] = []
        // Duplicate keys are rare; an index is built only once an object is large.
        var index: [String: Int]? = nil
        skipWhitespace()
        if position < bytes.count && bytes[position] == UInt8(ascii: "}") {
            position += 1
            return JSONObject(uniqueEntries: entries)
        }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw error("expected a quoted key")
            }
            let key = try readString()
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                throw error("expected ':' after a key")
            }
            position += 1
            skipWhitespace()
            let value = try readValue(depth: depth)
            if entries.count >= 16 && index == nil {
                var built: [String: Int] = [:]
                for (i, entry) in entries.enumerated() { built[entry.key] = i }
                index = built
            }
            let existing = index.map { $0[key] } ?? entries.firstIndex { $0.key == key }
            if let existing {
                entries[existing].value = value
            } else {
                index?[key] = entries.count
                entries.append((key, value))
            }
            skipWhitespace()
            guard position < bytes.count else { throw error("the document ends inside an object") }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            if bytes[position] == UInt8(ascii: "}") { position += 1; break }
            throw error("expected ',' or '}' in an object")
        }
        return JSONObject(uniqueEntries: entries)
    }

    private mutating func readArray(depth: Int) throws(JSONParseError) -> [JSONValue] {
        guard depth <= JSONParser.maxDepth else { throw error("nested deeper than \(JSONParser.maxDepth) levels") }
        position += 1
        var values: [JSONValue] = []
        skipWhitespace()
        if position < bytes.count && bytes[position] == UInt8(ascii: "]") {
            position += 1
            return values
        }
        while true {
            skipWhitespace()
            values.append(try readValue(depth: depth))
            skipWhitespace()
            guard position < bytes.count else { throw error("the document ends inside an array") }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            if bytes[position] == UInt8(ascii: "]") { position += 1; break }
            throw error("expected ',' or ']' in an array")
        }
        return values
    }

    private mutating func readNumber() throws(JSONParseError) -> JSONNumber {
        let start = position
        while position < bytes.count && isNumberByte(bytes[position]) { position += 1 }
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<position])
        guard JSONNumber.isValid(ArraySlice(slice)) else {
            position = start
            throw error("malformed number")
        }
        return JSONNumber(unchecked: String(decoding: slice, as: UTF8.self))
    }

    private func isNumberByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x2B || b == 0x2E || b == 0x65 || b == 0x45
    }

    private mutating func readString() throws(JSONParseError) -> String {
        position += 1
        let start = position
        // Fast path: no escapes, so the bytes are the string.
        while position < bytes.count {
            let b = bytes[position]
            if b == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<position])
                guard let s = String(validating: slice, as: UTF8.self) else {
                    position = start
                    throw error("a string is not valid UTF-8")
                }
                position += 1
                return s
            }
            if b == UInt8(ascii: "\\") { break }
            if b < 0x20 { throw error("a control character inside a string must be escaped") }
            position += 1
        }
        var scratch = Array(UnsafeBufferPointer(rebasing: bytes[start..<position]))
        while position < bytes.count {
            let b = bytes[position]
            switch b {
            case UInt8(ascii: "\""):
                position += 1
                guard let s = String(validating: scratch, as: UTF8.self) else {
                    throw error("a string is not valid UTF-8")
                }
                return s
            case UInt8(ascii: "\\"):
                position += 1
                try readEscape(into: &scratch)
            case 0..<0x20:
                throw error("a control character inside a string must be escaped")
            default:
                scratch.append(b)
                position += 1
            }
        }
        throw error("the document ends inside a string")
    }

    private mutating func readEscape(into scratch: inout [UInt8]) throws(JSONParseError) {
        guard position < bytes.count else { throw error("the document ends inside a string") }
        let c = bytes[position]
        position += 1
        switch c {
        case UInt8(ascii: "\""): scratch.append(0x22)
        case UInt8(ascii: "\\"): scratch.append(0x5C)
        case UInt8(ascii: "/"): scratch.append(0x2F)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try readHex4()
            if (0xD800..<0xDC00).contains(scalar), position + 6 <= bytes.count,
                bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
            {
                let save = position
                position += 2
                let low = try readHex4()
                if (0xDC00..<0xE000).contains(low) {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    position = save
                }
            }
            // A lone surrogate cannot be a Swift character: it becomes U+FFFD.
            let unicode = Unicode.Scalar(scalar) ?? "\u{FFFD}"
            scratch.append(contentsOf: String(Character(unicode)).utf8)
        default:
            position -= 1
            throw error("unknown escape '\\\(printable(c))'")
        }
    }

    private mutating func readHex4() throws(JSONParseError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw error("the document ends inside a \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[position]
            let digit: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - 0x30)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - 0x61 + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - 0x41 + 10)
            default: throw error("a \\u escape needs four hex digits")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }
}
