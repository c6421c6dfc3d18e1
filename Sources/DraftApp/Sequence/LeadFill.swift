import DraftCore
import PuffleAPI
import TemplateSyntax

/// A template filled for one lead, as styled text: what the lead will read, with each variable
/// the lead (or the sender) has no value for left visible as the variable itself, in the error
/// style, so "Hi ," cannot hide behind a blank.
enum LeadFill {
    /// The values a lead's emails are filled with: the lead's own, then the sender's.
    struct Values {
        let prospect: Prospect?
        let sender: [String: String]

        func value(_ name: String) -> String? {
            let value =
                TemplateFields.source(of: name) == .sender ? sender[name] : prospect?.value(forVariable: name)
            return VariableCoverage.isEmpty(value) ? nil : value
        }
    }

    /// One line of a template, filled.
    static func line(_ text: Substring, values: Values, base: StyleRole = .normal) -> StyledLine {
        var spans: StyledLine = []
        var written = text.startIndex
        for range in TemplateSyntax.variables(in: text) {
            if written < range.lowerBound { spans.append(Span(String(text[written..<range.lowerBound]), base)) }
            let name = TemplateSyntax.name(ofVariable: text[range])
            if let value = values.value(name) {
                spans.append(Span(StyledText.singleLine(value), base))
            } else {
                spans.append(Span(String(text[range]), .statusError))
            }
            written = range.upperBound
        }
        if written < text.endIndex { spans.append(Span(String(text[written...]), base)) }
        return spans
    }

    /// Every line of a template, filled.
    static func lines(_ lines: [Substring], values: Values, base: StyleRole = .normal) -> [StyledLine] {
        lines.map { line($0, values: values, base: base) }
    }
}
