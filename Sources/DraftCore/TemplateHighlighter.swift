import Foundation

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

    public static func line(_ text: some StringProtocol, base: StyleRole = .normal) -> StyledLine {
        var insideFill = false
        return highlight(Substring(text), base: base, insideFill: &insideFill)
    }

    private static func highlight(_ line: Substring, base: StyleRole, insideFill: inout Bool) -> StyledLine {
        var spans: StyledLine = []
        var plain = ""
        func flush(_ role: StyleRole) {
            if !plain.isEmpty { spans.append(Span(plain, role)); plain = "" }
        }
        var i = line.startIndex
        while i < line.endIndex {
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
            if !insideFill, let variable = variableLength(rest) {
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

    /// The length in characters of a `%name%` or `{{ name }}` at the start of `text`, if any.
    static func variableLength(_ text: Substring) -> Int? {
        if text.first == "%" {
            var count = 1
            for c in text.dropFirst() {
                count += 1
                if c == "%" { return count > 2 ? count : nil }
                if !isNameCharacter(c) { return nil }
            }
            return nil
        }
        if text.hasPrefix("{{"), let close = text.dropFirst(2).prefix(80).range(of: "}}") {
            let inner = text[text.index(text.startIndex, offsetBy: 2)..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            guard !inner.isEmpty, inner.allSatisfy(isNameCharacter) else { return nil }
            return text.distance(from: text.startIndex, to: close.upperBound)
        }
        return nil
    }

    static func isNameCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "_" || c == "." || c == "-"
    }

    /// Every `%name%` and `{{ name }}` in the text, in order, as written.
    public static func variables(in text: String) -> [String] {
        var found: [String] = []
        var rest = text[...]
        while let index = rest.firstIndex(where: { $0 == "%" || $0 == "{" }) {
            rest = rest[index...]
            if let length = variableLength(rest) {
                let end = rest.index(rest.startIndex, offsetBy: length)
                found.append(String(rest[..<end]))
                rest = rest[end...]
            } else {
                rest = rest.dropFirst()
            }
        }
        return found
    }

    /// Whether an `&&…&&` instruction is left in the text.
    public static func hasFillRegion(_ text: String) -> Bool {
        guard let open = text.range(of: "&&") else { return false }
        return text[open.upperBound...].contains("&&")
    }
}
