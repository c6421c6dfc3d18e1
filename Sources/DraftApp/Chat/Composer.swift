import DraftCore

/// The Transcript's composer: the chat message being written. It keeps its line breaks (a
/// pasted bullet list is sent as a list) and grows with its text up to `maxRows` rows, then
/// keeps the cursor's row in view, so an instruction can be read whole before the cost prompt.
enum Composer {
    static let maxRows = 5

    /// A composer holding `text`, the cursor at its end.
    static func holding(_ text: String = "") -> TextBuffer {
        var buffer = TextBuffer(text)
        buffer.moveToEnd()
        return buffer
    }

    /// How many rows the composer takes at this width: its wrapped rows, from 1 to `maxRows`.
    static func height(_ editor: TextBuffer?, width: Int) -> Int {
        guard let editor, width > 0 else { return 1 }
        let layout = EditorLayout(width: width)
        var rows = 0
        for line in editor.lines.indices {
            rows += layout.rows(editor, line: line).count
            if rows >= maxRows { return maxRows }
        }
        return max(1, rows)
    }

    /// The first row shown: the top while everything fits, else the rows ending at the cursor's.
    static func anchor(_ editor: TextBuffer, width: Int, height: Int) -> ScrollAnchor {
        guard self.height(editor, width: width) >= height, height > 0 else { return .top }
        let layout = EditorLayout(width: width)
        let cursor = BodyRows.cursor(editor, width: width)
        var line = cursor.line
        var row = cursor.row
        for _ in 1..<height {
            if row > 0 {
                row -= 1
            } else if line > 0 {
                line -= 1
                row = layout.rows(editor, line: line).count - 1
            }
        }
        return ScrollAnchor(block: line, row: row)
    }

    /// The message as sent: without blank lines or spaces around it, its inner line breaks kept.
    static func message(_ editor: TextBuffer?) -> String {
        String((editor?.text ?? "").trimmed { $0 == " " || $0 == "\t" || $0 == "\n" })
    }
}
