import Foundation
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

    public static func line(_ text: some StringProtocol, base: StyleRole = .normal, insideFill: Bool = false) -> StyledLine {
        var insideFill = insideFill
        return highlight(Substring(text), base: base, insideFill: &insideFill)
    }

    /// Where to start highlighting a line so that the text from `offset` on comes out as it
    /// would from the line's start, and whether an `&&` region is open there. Variables never
    /// contain `&`, so counting `&&` pairs is exact; starting `lookBehind` bytes early lets a
    /// variable cut by `offset` be recognised whole. Drawing a few rows of a line of thousands
    /// then costs a byte scan, not a highlight of the whole line.
    public static func resumePoint(in line: String, before offset: Int, lookBehind: Int = 128) -> (offset: Int, insideFill: Bool) {
        let scan = { (bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, insideFill: Bool) in
            var start = min(max(0, offset - lookBehind), bytes.count)
            while start > 0, start < bytes.count, bytes[start] & 0xC0 == 0x80 { start -= 1 } // not inside a character
            var insideFill = false
            var i = 0
            while i < start {
                if bytes[i] == UInt8(ascii: "&"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "&") {
                    if i + 1 == start { return (i, insideFill) } // a pair cut in two starts the text
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

    /// Plain text is copied in runs; only `&`, `%` and `{` are looked at closely, so a frame full
    /// of prose costs little.
    private static func highlight(_ line: Substring, base: StyleRole, insideFill: inout Bool) -> StyledLine {
        var spans: StyledLine = []
        var plain = ""
        func flush(_ role: StyleRole) {
            if !plain.isEmpty { spans.append(Span(plain, role)); plain = "" }
        }
        var i = line.startIndex
        while i < line.endIndex {
            guard let special = line[i...].firstIndex(where: { $0 == "&" || $0 == "%" || $0 == "{" }) else {
                plain += line[i...]
                break
            }
            plain += line[i..<special]
            i = special
            let rest = line[i...]
            if rest.hasPrefix("&&") {
                if insideFill {
                    plain += "&&"
                    flush(.aiFill)
                    insideFill = false
                } else {
                    flush(base)
                    plain = "&&"
                    insideFill = true
                }
                i = line.index(i, offsetBy: 2)
                continue
            }
            if !insideFill, let variable = TemplateSyntax.variableLength(rest) {
                flush(base)
                let end = line.index(i, offsetBy: variable)
                spans.append(Span(String(line[i..<end]), .variable))
                i = end
                continue
            }
            plain.append(line[i])
            i = line.index(after: i)
        }
        flush(insideFill ? .aiFill : base)
        return spans
    }

    /// Every `%name%` and `{{ name }}` in the text, in order, as written.
    public static func variables(in text: String) -> [String] {
        TemplateSyntax.variables(in: text[...]).map { String(text[$0]) }
    }

    /// Whether an `&&…&&` instruction is left in the text.
    public static func hasFillRegion(_ text: String) -> Bool {
        guard let open = text.range(of: "&&") else { return false }
        return text[open.upperBound...].contains("&&")
    }
}
