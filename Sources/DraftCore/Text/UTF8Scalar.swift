extension UnsafeBufferPointer where Element == UInt8 {
    /// The scalar whose UTF-8 starts at byte `i` of a string's bytes, and how many bytes it takes:
    /// read in place by the drawing and the copy checks, which walk text a byte at a time and must
    /// step over a character whole. A character cut off by the buffer's end (a slice) reads as
    /// U+FFFD, one byte long.
    @inline(__always)
    func scalar(at i: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(self[i])
        if lead < 0x80 { return (lead, 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard i + length <= count else { return (0xFFFD, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(self[i + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(self[i + 1] & 0x3F) << 6 | UInt32(self[i + 2] & 0x3F), 3)
        }
        return (
            (lead & 0x07) << 18 | UInt32(self[i + 1] & 0x3F) << 12 | UInt32(self[i + 2] & 0x3F) << 6
                | UInt32(self[i + 3] & 0x3F), 4
        )
    }

    /// `scalar(at:)` as a `Unicode.Scalar`.
    @inline(__always)
    func unicodeScalar(at i: Int) -> (Unicode.Scalar, Int) {
        let (value, length) = scalar(at: i)
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
