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
    static func labelled(_ label: String, _ value: StyledLine, width: Int, indent: Int, labelWidth: Int,
                         role: StyleRole = .label) -> [StyledLine] {
        let rows = TextWrap.wrap(value, width: max(1, width - indent - labelWidth))
        let pad = String(repeating: " ", count: indent)
        let labelText = label.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
        return rows.enumerated().map { index, row in
            [Span(pad), Span(index == 0 ? labelText : String(repeating: " ", count: labelWidth), role)] + row
        }
    }

    /// Cuts a line to `width` cells, ending with an ellipsis when something was cut. Both passes
    /// stop once past the width, so a huge line costs what a screenful of it costs.
    static func truncated(_ line: StyledLine, width: Int, ellipsis: String) -> StyledLine {
        var used = 0
        fits: for span in line {
            for character in span.text {
                used += DisplayText.width(of: character)
                if used > width { break fits }
            }
        }
        guard used > width else { return line }
        var result: StyledLine = []
        used = 0
        for span in line {
            var text = ""
            for character in span.text {
                let w = DisplayText.width(of: character)
                if used + w > width - 1 {
                    result.append(Span(text, span.role))
                    result.append(Span(ellipsis, .dim))
                    return result
                }
                used += w
                text.append(character)
            }
            result.append(Span(text, span.role))
        }
        return result
    }

    /// One row of a single-line field: line breaks shown as a visible mark, not as a new row.
    static func singleLine(_ text: String) -> String {
        guard text.utf8.contains(0x0A) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: " ⏎ ").replacingOccurrences(of: "\n", with: " ⏎ ")
    }
}

extension StyledText {
    /// The line without its first `columns` display columns (a wide character cut in half goes).
    static func droppingColumns(_ line: StyledLine, _ columns: Int) -> StyledLine {
        var skipped = 0
        var result: StyledLine = []
        for span in line {
            var text = ""
            for character in span.text {
                if skipped < columns {
                    skipped += DisplayText.cells(of: character).reduce(0) { $0 + $1.width }
                    continue
                }
                text.append(character)
            }
            if !text.isEmpty { result.append(Span(text, span.role)) }
        }
        return result
    }
}
