import Foundation
import TemplateSyntax

/// Fills `%variable%` and `{{variable}}` placeholders with a lead's values, the way Puffle does
/// when it sends an email. Unknown variables are left as they are, so they stay visible.
public enum TemplateRenderer {
    /// A template with its variables filled, and the ones the lead had no value for.
    public struct Result: Sendable, Equatable {
        /// The text with every variable the lead has a value for filled in.
        public var text: String
        /// Names that had no value for this lead.
        public var unresolved: [String]
    }

    /// A run of a template once filled: text as written, a variable's value, or a variable
    /// with no value, left as written.
    public enum Piece: Sendable, Equatable {
        case text(Substring)
        case value(String)
        /// The variable as written (`%first_name%`) and its name.
        case unfilled(Substring, name: String)
    }

    /// The one walk over a template's variables: each is asked of `value` (nil leaves it unfilled).
    /// `render` joins the pieces; the sequence review styles them.
    public static func pieces(of template: Substring, value: (String) -> String?) -> [Piece] {
        var pieces: [Piece] = []
        var written = template.startIndex
        for range in TemplateSyntax.variables(in: template) {
            if written < range.lowerBound { pieces.append(.text(template[written..<range.lowerBound])) }
            let name = TemplateSyntax.name(ofVariable: template[range])
            pieces.append(value(name).map(Piece.value) ?? .unfilled(template[range], name: name))
            written = range.upperBound
        }
        if written < template.endIndex { pieces.append(.text(template[written...])) }
        return pieces
    }

    /// Fills a template's `%variables%` from a lead, as Puffle does when the email goes out.
    public static func render(_ template: String, lead: Lead) -> Result {
        var output = ""
        var unresolved: [String] = []
        for piece in pieces(of: template[...], value: lead.value(forVariable:)) {
            switch piece {
            case .text(let text): output += text
            case .value(let value): output += value
            case .unfilled(let variable, let name):
                output += variable
                if !unresolved.contains(name) { unresolved.append(name) }
            }
        }
        return Result(text: output, unresolved: unresolved)
    }
}
