/// The few text shapes the views and updates need, done in Swift. Foundation's `padding(toLength:)`,
/// `trimmingCharacters(in:)`, `replacingOccurrences(of:with:)` and `String(format:)` go through
/// NSString on Linux: bridging there cost a third of the first frame.
extension StringProtocol {
    /// The text followed by spaces up to `width` columns on screen; never cut.
    public func padded(toWidth width: Int) -> String {
        let missing = width - DisplayWidth.of(self)
        return missing > 0 ? String(self) + String(repeating: " ", count: missing) : String(self)
    }

    /// Without the characters at either end for which `isTrimmed` holds.
    public func trimmed(while isTrimmed: (Character) -> Bool) -> SubSequence {
        guard let first = firstIndex(where: { !isTrimmed($0) }), let last = lastIndex(where: { !isTrimmed($0) }) else {
            return self[endIndex...]
        }
        return self[first...last]
    }

    /// Without white space and line breaks at either end.
    public var trimmed: SubSequence { trimmed(while: \.isWhitespace) }

    /// Every character for which `matches` holds replaced by `replacement`.
    public func replacing(where matches: (Character) -> Bool, with replacement: String) -> String {
        var result = ""
        for character in self {
            if matches(character) { result += replacement } else { result.append(character) }
        }
        return result
    }
}

extension Int {
    /// The number right-aligned in `width` columns, as `String(format: "%2d")` would put it.
    public func rightAligned(width: Int) -> String {
        let digits = String(self)
        return String(repeating: " ", count: Swift.max(0, width - digits.count)) + digits
    }
}
