/// A place in a text buffer: a line and a UTF-8 offset into it, always on a grapheme boundary.
public struct TextPosition: Comparable, Hashable, Sendable {
    /// The line, counted from 0.
    public var line: Int
    /// The UTF-8 offset in the line; always on a character boundary.
    public var offset: Int

    /// A position from its line and UTF-8 offset.
    public init(line: Int, offset: Int) {
        self.line = line
        self.offset = offset
    }

    /// The start of the text.
    public static let start = TextPosition(line: 0, offset: 0)

    /// Earlier in the text is smaller: selections are ordered ranges.
    public static func < (a: TextPosition, b: TextPosition) -> Bool { (a.line, a.offset) < (b.line, b.offset) }
}

extension String {
    /// The string index of a UTF-8 offset: positions store offsets, Swift slices take indices.
    public func utf8Index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
    func utf8Prefix(_ offset: Int) -> String { String(self[..<utf8Index(offset)]) }
    /// The text between two UTF-8 offsets.
    public func utf8Slice(_ range: Range<Int>) -> Substring {
        self[utf8Index(range.lowerBound)..<utf8Index(range.upperBound)]
    }
    func utf8Suffix(from offset: Int) -> String { String(self[utf8Index(offset)...]) }
}
