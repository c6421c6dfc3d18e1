/// The invisible characters a copy check flags: text pasted from documents and chat tools
/// brings them along, and spam filters read a word split or turned by one as a trick to get past
/// them. The zero-width joiner and non-joiner are left alone (emoji and several scripts need them),
/// and so are tag characters (flags of regions are made of them). The editor shows these, among
/// others, by their code point (`DisplayText.isInvisibleFormat`).
enum HiddenCharacter {
    /// The name a finding gives a scalar ("a zero-width space (U+200B)"); nil for any other.
    static func name(of scalar: UInt32) -> String? {
        let kind: String
        switch scalar {
        case 0x00AD: kind = "a soft hyphen"
        case 0x200B: kind = "a zero-width space"
        case 0x200E, 0x200F: kind = "a direction mark"
        case 0x202A, 0x202B: kind = "a direction embedding"
        case 0x202C: kind = "a direction pop"
        case 0x202D, 0x202E: kind = "a direction override"
        case 0x2060: kind = "a word joiner"
        case 0x2066...0x2069: kind = "a direction isolate"
        case 0xFEFF: kind = "a byte-order mark"
        default: return nil
        }
        let code = String(scalar, radix: 16, uppercase: true)
        return "\(kind) (U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code))"
    }
}
