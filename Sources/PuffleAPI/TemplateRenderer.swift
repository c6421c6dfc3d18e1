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

    /// Fills a template's `%variables%` from a lead, as Puffle does when the email goes out.
    public static func render(_ template: String, lead: Lead) -> Result {
        var output = ""
        var unresolved: [String] = []
        var written = template.startIndex
        for range in TemplateSyntax.variables(in: template[...]) {
            output += template[written..<range.lowerBound]
            let name = TemplateSyntax.name(ofVariable: template[range])
            if let value = lead.value(forVariable: name) {
                output += value
            } else {
                output += template[range]
                if !unresolved.contains(name) { unresolved.append(name) }
            }
            written = range.upperBound
        }
        output += template[written...]
        return Result(text: output, unresolved: unresolved)
    }
}
