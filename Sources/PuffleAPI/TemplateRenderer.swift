import Foundation

/// Fills `%variable%` and `{{variable}}` placeholders with a lead's values, the way Puffle does
/// when it sends an email. Unknown variables are left as they are, so they stay visible.
public enum TemplateRenderer {
    public struct Result: Sendable, Equatable {
        public var text: String
        /// Names that had no value for this lead.
        public var unresolved: [String]
    }

    public static func render(_ template: String, lead: Lead) -> Result {
        var output = ""
        var unresolved: [String] = []
        var rest = template[...]
        while let match = nextPlaceholder(in: rest) {
            output += rest[rest.startIndex..<match.range.lowerBound]
            if let value = lead.value(forVariable: match.name) {
                output += value
            } else {
                output += rest[match.range]
                if !unresolved.contains(match.name) { unresolved.append(match.name) }
            }
            rest = rest[match.range.upperBound...]
        }
        output += rest
        return Result(text: output, unresolved: unresolved)
    }

    /// A placeholder name: letters, digits, `_`, `.` and `-`, so prose like "50% off" is left alone.
    static func isName(_ s: Substring) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "_.-".unicodeScalars.contains($0) }
    }

    private static func nextPlaceholder(in text: Substring) -> (range: Range<Substring.Index>, name: String)? {
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "%", let close = text[text.index(after: index)...].firstIndex(of: "%") {
                let name = text[text.index(after: index)..<close]
                if isName(name) { return (index..<text.index(after: close), String(name)) }
            }
            if text[index...].hasPrefix("{{"), let close = text[index...].range(of: "}}") {
                let name = text[text.index(index, offsetBy: 2)..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if isName(name[...]) { return (index..<close.upperBound, name) }
            }
            index = text.index(after: index)
        }
        return nil
    }
}
