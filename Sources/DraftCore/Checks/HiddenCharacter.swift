/// The invisible characters a copy check flags: text pasted from documents and chat tools
/// brings them along, and spam filters read a word split or turned by one as a trick to get past
/// them. The zero-width joiner and non-joiner are left alone (emoji and several scripts need them),
/// and so are tag characters (flags of regions are made of them).
enum HiddenCharacter {
    /// The hidden characters by code point, with the name a finding gives them.
    static let names: [UInt32: String] = [
        0x00AD: "a soft hyphen (U+00AD)", 0x200B: "a zero-width space (U+200B)",
        0x200E: "a direction mark (U+200E)", 0x200F: "a direction mark (U+200F)",
        0x202A: "a direction embedding (U+202A)", 0x202B: "a direction embedding (U+202B)",
        0x202C: "a direction pop (U+202C)", 0x202D: "a direction override (U+202D)",
        0x202E: "a direction override (U+202E)", 0x2060: "a word joiner (U+2060)",
        0x2066: "a direction isolate (U+2066)", 0x2067: "a direction isolate (U+2067)",
        0x2068: "a direction isolate (U+2068)", 0x2069: "a direction isolate (U+2069)",
        0xFEFF: "a byte-order mark (U+FEFF)"
    ]

    /// The hidden character whose UTF-8 starts at `i`, its name and length; nil for any other.
    /// Only the lead bytes C2, E2 and EF can start one, so most text is passed over at a glance.
    static func named(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (String, Int)? {
        let lead = bytes[i]
        let length = lead == 0xC2 ? 2 : lead == 0xE2 || lead == 0xEF ? 3 : 0
        guard length > 0, i + length <= bytes.count else { return nil }
        let scalar =
            length == 2
            ? (UInt32(lead & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)
            : (UInt32(lead & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
        return names[scalar].map { ($0, length) }
    }
}
