import Foundation
import DraftCore

/// F1 / Ctrl-G: every key, grouped by where it works, generated from the key table.
enum HelpOverlay {
    static var lines: [StyledLine] {
        var result: [StyledLine] = []
        var headings: [String] = []
        for binding in KeyTable.bindings where !headings.contains(binding.context.heading) {
            headings.append(binding.context.heading)
        }
        for heading in headings {
            if !result.isEmpty { result.append([]) }
            result.append([Span(heading, .label)])
            for binding in KeyTable.bindings where binding.context.heading == heading {
                let keys = binding.keys.map(\.label).joined(separator: ", ")
                result.append([Span("  " + keys.padding(toLength: 22, withPad: " ", startingAt: 0), .footerKey), Span(binding.summary)])
            }
        }
        result += [[], [Span("Typing", .label)],
                   [Span("  In Title, Subject and Body typing inserts text; a paste is one edit and one undo step.")],
                   [Span("  Prompts at the bottom take the letter shown; Esc always cancels.")]]
        return result
    }

    static var lineCount: Int { lines.count }

    static func draw(into surface: inout Surface, scroll: Int, glyphs: Glyphs) {
        box(title: " Keys — Esc closes ", lines: lines, scroll: scroll, into: &surface, glyphs: glyphs)
    }

    /// A framed box over the middle of the screen, for help and for diffs.
    static func box(title: String, lines: [StyledLine], scroll: Int, into surface: inout Surface, glyphs: Glyphs) {
        let width = min(surface.width - 4, 90), height = surface.height - 4
        guard width > 10, height > 3 else { return }
        let box = Rect(x: (surface.width - width) / 2, y: 2, width: width, height: height)
        surface.fill(box, role: .overlay)
        let slot = ScreenLayout.Slot(pane: .title, frame: box, style: .boxed(tabs: []))
        PaneFrame.draw(slot, focused: true, into: &surface, glyphs: glyphs)
        surface.fill(Rect(x: box.x + 1, y: box.y, width: box.width - 2, height: 1), role: .borderFocused,
                     text: glyphs.horizontal)
        surface.put(title, x: box.x + 2, y: box.y, role: .overlayTitle, limit: box.maxX - 2)
        let inner = box.inset(by: 1)
        let rows = lines.flatMap { TextWrap.wrap($0, width: max(1, inner.width - 2)) }
        for (i, line) in rows.dropFirst(scroll).prefix(inner.height).enumerated() {
            surface.put(line, x: inner.x + 1, y: inner.y + i, limit: inner.maxX)
        }
    }
}
