/// A place in a text buffer: a line and a UTF-8 offset into it, always on a grapheme boundary.
public struct TextPosition: Comparable, Hashable, Sendable {
    public var line: Int
    public var offset: Int

    public init(line: Int, offset: Int) {
        self.line = line
        self.offset = offset
    }

    public static let start = TextPosition(line: 0, offset: 0)

    public static func < (a: TextPosition, b: TextPosition) -> Bool { (a.line, a.offset) < (b.line, b.offset) }
}

extension String {
    public func utf8Index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
    func utf8Prefix(_ offset: Int) -> String { String(self[..<utf8Index(offset)]) }
    public func utf8Slice(_ range: Range<Int>) -> Substring {
        self[utf8Index(range.lowerBound)..<utf8Index(range.upperBound)]
    }
    func utf8Suffix(from offset: Int) -> String { String(self[utf8Index(offset)...]) }
}
