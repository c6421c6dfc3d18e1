import Glibc
import TemplateSyntax

/// Marks the template syntax in drafts, skeletons and examples: `%variable%` and `{{variable}}`
/// as variables, `&&…&&` as a region the AI fills per lead. The text itself is never changed.
public enum TemplateHighlighter {
    /// One styled line per text line; an `&&` region may run across lines.
    public static func lines(_ text: String, base: StyleRole = .normal) -> [StyledLine] {
        var insideFill = false
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            highlight(line, base: base, insideFill: &insideFill)
        }
    }

    /// A line with its `%variables%` and `&&fills&&` in their own roles.
    public static func line(_ text: some StringProtocol, base: StyleRole = .normal, insideFill: Bool = false)
        -> StyledLine
    {
        var insideFill = insideFill
        return highlight(Substring(text), base: base, insideFill: &insideFill)
    }

    /// Where to start highlighting a line so that the text from `offset` on comes out as it
    /// would from the line's start, and whether an `&&` region is open there. Variables never
    /// contain `&`, so counting `&&` pairs is exact; starting `lookBehind` bytes early lets a
    /// variable cut by `offset` be recognised whole. Drawing a few rows of a line of thousands
    /// then costs a byte scan, not a highlight of the whole line.
    ///
    /// `after`, a resume point found earlier in the same line before this one, lets the scan go
    /// on from there: the rows of a long line on screen cost one scan, not one each.
    public static func resumePoint(
        in line: String, before offset: Int, lookBehind: Int = 128,
        after earlier: (offset: Int, insideFill: Bool)? = nil
    ) -> (offset: Int, insideFill: Bool) {
        let scan = { (bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, insideFill: Bool) in
            var start = min(max(0, offset - lookBehind), bytes.count)
            while start > 0, start < bytes.count, bytes[start] & 0xC0 == 0x80 { start -= 1 }  // not inside a character
            let from: (offset: Int, insideFill: Bool) = earlier.flatMap { $0.offset <= start ? $0 : nil } ?? (0, false)
            var insideFill = from.insideFill
            var i = from.offset
            while i < start {
                // memchr finds the next '&' a vector at a time: prose has few of them.
                guard let found = memchr(bytes.baseAddress! + i, 0x26, start - i) else { return (start, insideFill) }
                i = bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "&") {
                    if i + 1 == start { return (i, insideFill) }  // a pair cut in two starts the text
                    insideFill.toggle()
                    i += 2
                } else {
                    i += 1
                }
            }
            return (i, insideFill)
        }
        return line.utf8.withContiguousStorageIfAvailable(scan) ?? Array(line.utf8).withUnsafeBufferPointer(scan)
    }

    private static func highlight(_ line: Substring, base: StyleRole, insideFill: inout Bool) -> StyledLine {
        let utf8 = line.utf8
        return runs(line, base: base, insideFill: &insideFill).map { run in
            Span(
                String(
                    line[
                        utf8.index(
                            utf8.startIndex, offsetBy: run.range.lowerBound)..<utf8.index(
                                utf8.startIndex, offsetBy: run.range.upperBound)]),
                run.role)
        }
    }

    /// The highlighting of a line as byte ranges and roles, for drawing slices of it without
    /// making a string per run. Plain text is skipped in runs; only the bytes `&`, `%` and `{`
    /// are looked at closely, so a frame full of prose costs a byte scan.
    public static func runs(_ line: Substring, base: StyleRole = .normal, insideFill: inout Bool) -> [(
        range: Range<Int>, role: StyleRole
    )] {
        var line = line
        var offsets: [(range: Range<Int>, role: StyleRole)] = []
        line.withUTF8 { bytes in
            var runStart = 0
            func emit(_ end: Int, _ role: StyleRole) {
                if end > runStart { offsets.append((runStart..<end, role)) }
                runStart = end
            }
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte == 0x26, i + 1 < bytes.count, bytes[i + 1] == 0x26 {  // &&: a fill region opens or closes
                    if insideFill { emit(i + 2, .aiFill) } else { emit(i, base) }
                    insideFill.toggle()
                    i += 2
                    continue
                }
                if !insideFill, byte == 0x25 || byte == 0x7B, let length = TemplateSyntax.variableLength(bytes, at: i) {
                    emit(i, base)
                    emit(i + length, .variable)
                    i += length
                    continue
                }
                i += 1
            }
            emit(bytes.count, insideFill ? .aiFill : base)
        }
        return offsets
    }

    /// Every `%name%` and `{{ name }}` in the text, in order, as written.
    public static func variables(in text: String) -> [String] {
        TemplateSyntax.variables(in: text[...]).map { String(text[$0]) }
    }

    /// Whether an `&&…&&` instruction is left in the text.
    public static func hasFillRegion(_ text: String) -> Bool {
        var pairs = 0
        var previousWasAmpersand = false
        for byte in text.utf8 {
            if byte == 0x26 && previousWasAmpersand {
                pairs += 1
                if pairs == 2 { return true }
                previousWasAmpersand = false
            } else {
                previousWasAmpersand = byte == 0x26
            }
        }
        return false
    }
}
