import Foundation
import DraftCore

/// F1 / Ctrl-G: every key, grouped by where it works, generated from the key table. The groups
/// that work where help was asked for come first and say so.
enum HelpOverlay {
    static func lines(for state: AppState) -> [StyledLine] {
        var result: [StyledLine] = state.startupWarningLines
        var headings: [String] = []
        for binding in KeyTable.bindings where !headings.contains(binding.context.heading) {
            headings.append(binding.context.heading)
        }
        // Most specific first: the focused pane's keys, then those that work anywhere.
        var applying: [String] = []
        for active in KeyTable.contexts(of: state.screen, in: state) {
            for binding in KeyTable.bindings
            where KeyTable.applies(binding.context, to: active) && !applying.contains(binding.context.heading) {
                applying.append(binding.context.heading)
            }
        }
        for heading in applying + headings.filter({ !applying.contains($0) }) {
            if !result.isEmpty && result.last?.isEmpty == false { result.append([]) }
            result.append([Span(heading, .label)] + (applying.contains(heading) ? [Span("  (works here)", .dim)] : []))
            for binding in KeyTable.bindings where binding.context.heading == heading {
                let keys = binding.keys.map(\.label).joined(separator: ", ")
                // A column of 22, wider for a long list of keys (never cut).
                result.append([
                    Span("  " + keys.padded(toWidth: max(22, DisplayWidth.of(keys) + 2)), .footerKey),
                    Span(binding.summary)
                ])
            }
        }
        result += [
            [], [Span("Typing", .label)],
            [Span("  In Title, Subject and Body typing inserts text; a paste is one edit and one undo step.")], []
        ]
        return result + PromptHelp.lines()
    }

    /// The box's inner size on a screen, and the rows its lines wrap to there: what scrolling
    /// is clamped by, so the last row is always reachable.
    static func frame(screenWidth: Int, screenHeight: Int) -> Rect {
        let width = min(screenWidth - 4, 90), height = screenHeight - 4
        return Rect(x: (screenWidth - width) / 2, y: 2, width: width, height: height)
    }

    static func rows(_ lines: [StyledLine], screenWidth: Int) -> [StyledLine] {
        let width = max(1, frame(screenWidth: screenWidth, screenHeight: 10).inset(by: 1).width - 2)
        return lines.flatMap { line -> [StyledLine] in
            // A key row (its first span is the key column) wraps its summary under itself.
            guard let keys = line.first, keys.role == .footerKey, width > keys.text.count + 10 else {
                return TextWrap.wrap(line, width: width)
            }
            return Paragraph.labelled(keys.text, Array(line.dropFirst()), labelWidth: keys.text.count, role: .footerKey)
                .rows(width: width)
        }
    }

    static func lastScroll(_ lines: [StyledLine], screenWidth: Int, screenHeight: Int) -> Int {
        max(
            0,
            rows(lines, screenWidth: screenWidth).count
                - frame(screenWidth: screenWidth, screenHeight: screenHeight).inset(by: 1).height)
    }

    static func draw(_ state: AppState, into surface: inout Surface, scroll: Int, glyphs: Glyphs) {
        box(title: " Keys — Esc closes ", lines: lines(for: state), scroll: scroll, into: &surface, glyphs: glyphs)
    }

    /// A framed box over the middle of the screen, for help and for diffs.
    static func box(title: String, lines: [StyledLine], scroll: Int, into surface: inout Surface, glyphs: Glyphs) {
        let box = frame(screenWidth: surface.width, screenHeight: surface.height)
        guard box.width > 10, box.height > 3 else { return }
        surface.fill(box, role: .overlay)
        PaneFrame.titledBox(box, title: title, titleRole: .overlayTitle, into: &surface, glyphs: glyphs)
        let inner = box.inset(by: 1)
        for (i, line) in rows(lines, screenWidth: surface.width).dropFirst(scroll).prefix(inner.height).enumerated() {
            surface.put(line, x: inner.x + 1, y: inner.y + i, limit: inner.maxX)
        }
    }
}
