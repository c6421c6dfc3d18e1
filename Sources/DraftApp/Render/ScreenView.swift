import DraftCore

/// The pure view: state in, a grid of cells out. It never looks at the terminal. A cache, when
/// given, spares drawing the panes whose inputs did not change; the screen is the same.
public enum ScreenView {
    public static func render(_ state: AppState, glyphs: Glyphs = .unicode, cache: RenderCache? = nil) -> Surface {
        let layout = ScreenLayout(for: state)
        let showsPanes = layout.mode != .tooSmall && state.base != nil
        var surface = cache?.begin(width: state.width, height: state.height, keepsRegions: showsPanes)
            ?? Surface(width: state.width, height: state.height)
        defer { cache?.end(surface, regionsShowing: showsPanes && state.overlay == nil && state.leadChooser == nil) }
        guard layout.mode != .tooSmall else {
            drawTooSmall(&surface, state: state)
            return surface
        }
        let status = HeaderView.status(state, glyphs: glyphs)
        let header = HeaderView.areas(layout.header, status: status)
        region(.header(header.identity, state: state, glyphs: glyphs), cache, &surface) {
            HeaderView.drawIdentity(state, into: &$0, area: header.identity, glyphs: glyphs)
        }
        region(.headerStatus(header.status, status), cache, &surface) { HeaderView.drawStatus(status, into: &$0, area: header.status) }
        if state.picker != nil && state.base == nil {
            PickerView.draw(state, into: &surface, glyphs: glyphs)
        } else if state.base == nil {
            let message = state.loadingMessage ?? "Loading…"
            surface.put(message, x: max(0, (state.width - DisplayWidth.of(message)) / 2), y: state.height / 2, role: .dim)
        } else {
            for slot in layout.slots {
                region(.frame(slot, state: state, glyphs: glyphs), cache, &surface) {
                    PaneFrame.draw(slot, focused: state.focus == slot.pane, note: PaneFrame.note(for: slot.pane, in: state), into: &$0, glyphs: glyphs)
                }
                if slot.pane == .body, let cache {
                    BodyRows.drawCached(slot, state: state, glyphs: glyphs, cache: cache, into: &surface)
                    continue
                }
                region(.content(slot, state: state, glyphs: glyphs), cache, &surface) {
                    PaneViews.draw(slot, state: state, into: &$0, glyphs: glyphs)
                }
            }
        }
        switch state.overlay {
        case .help(let scroll)?: HelpOverlay.draw(state, into: &surface, scroll: scroll, glyphs: glyphs)
        case .diff(let title, let lines, let scroll)?:
            HelpOverlay.box(title: " \(title) — Esc closes ", lines: lines, scroll: scroll, into: &surface, glyphs: glyphs)
        case nil: break
        }
        if let chooser = state.leadChooser, let roster = state.campaign?.roster {
            LeadChooserView.draw(chooser, roster: roster, into: &surface, glyphs: glyphs)
        }
        if state.overlay != nil || state.leadChooser != nil { surface.cursor = nil }
        region(.footer(layout.footer, state: state), cache, &surface) { FooterView.draw(state, into: &$0, area: layout.footer, glyphs: glyphs) }
        return surface
    }

    /// Draws a region, unless a cache is given and the region's inputs are unchanged.
    private static func region(_ key: @autoclosure () -> RenderKey, _ cache: RenderCache?, _ surface: inout Surface,
                               _ draw: (inout Surface) -> Void) {
        guard let cache else { return draw(&surface) }
        let key = key()
        if cache.keep(key, in: &surface) { return }
        draw(&surface)
        cache.drawn(key, in: &surface)
    }

    private static func drawTooSmall(_ surface: inout Surface, state: AppState) {
        let lines = ["Terminal too small", "need \(ScreenLayout.minimumWidth)×\(ScreenLayout.minimumHeight)",
                     "now \(state.width)×\(state.height)"]
        let top = max(0, (state.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            surface.put(line, x: max(0, (state.width - DisplayWidth.of(line)) / 2), y: top + i, role: i == 0 ? .warning : .dim)
        }
    }
}
