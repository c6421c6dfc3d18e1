import DraftCore

/// The id pattern of puffle-api.md, checked before a request so a typo is a usage error rather
/// than a round trip.
public enum SessionID {
    /// Whether a string is a UUID: only those become URL paths and file names.
    public static func isValid(_ id: String) -> Bool {
        let lower = id.lowercased()
        if lower == "00000000-0000-0000-0000-000000000000" || lower == "ffffffff-ffff-ffff-ffff-ffffffffffff" {
            return true
        }
        let bytes = Array(lower.utf8)
        guard bytes.count == 36 else { return false }
        for (i, b) in bytes.enumerated() {
            switch i {
            case 8, 13, 18, 23: guard b == UInt8(ascii: "-") else { return false }
            case 14: guard (UInt8(ascii: "1")...UInt8(ascii: "8")).contains(b) else { return false }
            case 19:
                guard [UInt8(ascii: "8"), UInt8(ascii: "9"), UInt8(ascii: "a"), UInt8(ascii: "b")].contains(b) else {
                    return false
                }
            default: guard isHex(b) else { return false }
            }
        }
        return true
    }

    /// An id as a message may quote it: every character visible (a server's `../x\u{1B}[2J`
    /// shows as such), at most 60 of them, in quotes.
    public static func shown(_ id: String) -> String {
        let visible = TerminalText.safe(id)
        return "“" + (visible.count > 60 ? String(visible.prefix(59)) + "…" : visible) + "”"
    }

    private static func isHex(_ b: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(b)
    }
}
