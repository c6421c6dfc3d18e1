import Foundation

/// The template-variable syntax of Puffle drafts, in one place for the code that fills
/// variables with a lead's values (PuffleAPI) and the code that highlights them (DraftCore):
/// `%name%` (canonical) and `{{ name }}` (older drafts). A name is letters, digits, `_`, `.`
/// and `-`, so prose such as "50% off" is never a variable.
public enum TemplateSyntax {
    public static func isNameCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "_" || c == "." || c == "-"
    }

    /// The length in characters of a variable at the very start of `text`, if one is there.
    public static func variableLength(_ text: Substring) -> Int? {
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

    /// The name a variable stands for: `%first_name%` and `{{ first_name }}` both give "first_name".
    public static func name(ofVariable variable: Substring) -> String {
        if variable.hasPrefix("%") { return String(variable.dropFirst().dropLast()) }
        return variable.dropFirst(2).dropLast(2).trimmingCharacters(in: .whitespaces)
    }

    /// Every variable in the text, in order, with where it stands.
    public static func variables(in text: Substring) -> [Range<Substring.Index>] {
        var found: [Range<Substring.Index>] = []
        var rest = text
        while let index = rest.firstIndex(where: { $0 == "%" || $0 == "{" }) {
            rest = rest[index...]
            if let length = variableLength(rest) {
                let end = rest.index(rest.startIndex, offsetBy: length)
                found.append(rest.startIndex..<end)
                rest = rest[end...]
            } else {
                rest = rest.dropFirst()
            }
        }
        return found
    }
}
