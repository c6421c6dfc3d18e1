import Foundation
import DraftCore

/// Small helpers for styled lines drawn on one row (wrapping is `Paragraph`'s).
enum StyledText {
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
                    result.append(Span(text, span.role, overlay: span.overlay))
                    result.append(Span(ellipsis, .dim))
                    return result
                }
                used += w
                text.append(character)
            }
            result.append(Span(text, span.role, overlay: span.overlay))
        }
        return result
    }

    /// One row of a single-line field: line breaks shown as a visible mark, not as a new row.
    static func singleLine(_ text: String) -> String {
        guard text.utf8.contains(0x0A) else { return text }
        return text.replacing(where: { $0 == "\n" || $0 == "\r\n" }, with: " ⏎ ")
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
            if !text.isEmpty { result.append(Span(text, span.role, overlay: span.overlay)) }
        }
        return result
    }
}
