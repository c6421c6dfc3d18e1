import Foundation

/// ISO-8601 UTC timestamps (`2026-04-22T10:00:00Z`) written and read with the C library: the
/// recovery journal stamps every write with one, and Foundation's formatter costs more to make
/// than a keystroke may.
public enum Timestamp {
    /// A date as ISO 8601 with milliseconds in UTC, the way the server writes its times.
    public static func string(from date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return
            "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))"
            + "T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }

    /// Reads `YYYY-MM-DDTHH:MM:SS` with an optional fraction and a `Z` or `±HH:MM` zone.
    public static func date(from text: String) -> Date? {
        let bytes = Array(text.utf8)
        func number(_ at: Int, _ count: Int) -> Int32? {
            guard at + count <= bytes.count else { return nil }
            var value: Int32 = 0
            for byte in bytes[at..<(at + count)] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int32(byte - 0x30)
            }
            return value
        }
        guard bytes.count >= 19, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54 || bytes[10] == 0x20,
            bytes[13] == 0x3A, bytes[16] == 0x3A,
            let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
            let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2)
        else { return nil }
        var i = 19
        var fraction = 0.0
        if i < bytes.count, bytes[i] == 0x2E {
            i += 1
            var scale = 0.1
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                fraction += Double(bytes[i] - 0x30) * scale
                scale /= 10
                i += 1
            }
        }
        var offset: Int32 = 0
        if i < bytes.count, bytes[i] == 0x2B || bytes[i] == 0x2D {
            guard let hours = number(i + 1, 2), let minutes = number(i + 4, 2) else { return nil }
            offset = (hours * 3600 + minutes * 60) * (bytes[i] == 0x2D ? -1 : 1)
            i += 6
        } else if i < bytes.count, bytes[i] == 0x5A {
            i += 1
        }
        guard i == bytes.count else { return nil }
        var parts = tm()
        parts.tm_year = year - 1900
        parts.tm_mon = month - 1
        parts.tm_mday = day
        parts.tm_hour = hour
        parts.tm_min = minute
        parts.tm_sec = second
        let seconds = timegm(&parts)
        return Date(timeIntervalSince1970: Double(seconds - time_t(offset)) + fraction)
    }
}
