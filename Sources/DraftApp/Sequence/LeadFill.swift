import DraftCore
import PuffleAPI

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

    /// One line of a template, filled (TemplateRenderer's walk, styled).
    static func line(_ text: Substring, values: Values, base: StyleRole = .normal) -> StyledLine {
        TemplateRenderer.pieces(of: text, value: values.value).map { piece in
            switch piece {
            case .text(let text): Span(String(text), base)
            case .value(let value): Span(StyledText.singleLine(value), base)
            case .unfilled(let variable, _): Span(String(variable), .statusError)
            }
        }
    }

    /// Every line of a template, filled.
    static func lines(_ lines: [Substring], values: Values, base: StyleRole = .normal) -> [StyledLine] {
        lines.map { line($0, values: values, base: base) }
    }
}
