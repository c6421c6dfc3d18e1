import Foundation
import DraftCore

/// Small helpers for building wrapped, indented styled lines.
enum StyledText {
    /// Wraps one styled line to `width` with `indent` spaces in front of every row.
    static func wrapped(_ line: StyledLine, width: Int, indent: Int = 0) -> [StyledLine] {
        let pad = String(repeating: " ", count: indent)
        return TextWrap.wrap(line, width: max(1, width - indent)).map { indent > 0 ? [Span(pad)] + $0 : $0 }
    }

    /// Multi-line template text (drafts, examples), highlighted and wrapped.
    static func template(_ text: String, width: Int, indent: Int = 0, base: StyleRole = .normal) -> [StyledLine] {
        TemplateHighlighter.lines(text, base: base).flatMap { wrapped($0, width: width, indent: indent) }
    }

    /// A label followed by a value on the same row, wrapped under the value's column.
    static func labelled(_ label: String, _ value: StyledLine, width: Int, indent: Int, labelWidth: Int) -> [StyledLine] {
        let rows = TextWrap.wrap(value, width: max(1, width - indent - labelWidth))
        let pad = String(repeating: " ", count: indent)
        let labelText = label.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
        return rows.enumerated().map { index, row in
            [Span(pad), Span(index == 0 ? labelText : String(repeating: " ", count: labelWidth), .label)] + row
        }
    }

    /// Cuts a line to `width` cells, ending with an ellipsis when something was cut.
    static func truncated(_ line: StyledLine, width: Int, ellipsis: String) -> StyledLine {
        guard DisplayWidth.of(line.map(\.text).joined()) > width else { return line }
        var result: StyledLine = []
        var used = 0
        let room = max(0, width - 1)
        outer: for span in line {
            var text = ""
            for character in span.text {
                let w = DisplayText.cells(of: character).reduce(0) { $0 + $1.width }
                if used + w > room { result.append(Span(text, span.role)); break outer }
                text.append(character)
                used += w
            }
            result.append(Span(text, span.role))
        }
        result.append(Span(ellipsis, .dim))
        return result
    }

    /// One row of a single-line field: line breaks shown as a visible mark, not as a new row.
    static func singleLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: " ⏎ ").replacingOccurrences(of: "\n", with: " ⏎ ")
    }
}
