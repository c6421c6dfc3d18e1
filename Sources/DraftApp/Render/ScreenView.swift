import DraftCore

/// The pure view: state in, a grid of cells out. It never looks at the terminal. A cache, when
/// given, spares drawing the panes whose inputs did not change; the screen is the same.
public enum ScreenView {
    /// Draws the whole screen for a state; with a cache, unchanged regions are copied, not drawn.
    public static func render(_ state: AppState, glyphs: Glyphs = .unicode, cache: RenderCache? = nil) -> Surface {
        let layout = state.layout
        let layers = state.layers
        let showsPanes = layout.mode != .tooSmall && state.screen == .session
        var surface =
            cache?.begin(width: state.width, height: state.height, keepsRegions: showsPanes)
            ?? Surface(width: state.width, height: state.height)
        draw(state, layout: layout, layers: layers, glyphs: glyphs, cache: cache, into: &surface)
        cache?.end(&surface, regionsShowing: showsPanes && !layers.contains(where: \.coversPanes))
        return surface
    }

    private static func draw(
        _ state: AppState, layout: ScreenLayout, layers: [Layer], glyphs: Glyphs, cache: RenderCache?,
        into surface: inout Surface
    ) {
        guard layout.mode != .tooSmall else { return drawTooSmall(&surface, state: state) }
        // Bottom up: each layer over the ones beneath it.
        for layer in layers.reversed() {
            switch layer {
            case .screen(let screen):
                drawScreen(screen, state: state, layout: layout, glyphs: glyphs, cache: cache, into: &surface)
                if state.prompt == nil {
                    drawFooter(state: state, layout: layout, glyphs: glyphs, cache: cache, into: &surface)
                }
            case .prompt:
                drawFooter(state: state, layout: layout, glyphs: glyphs, cache: cache, into: &surface)
            case .overlay:
                drawOverlay(state: state, glyphs: glyphs, into: &surface)
            case .leadChooser:
                if let chooser = state.leadChooser, let roster = state.campaign?.roster {
                    LeadChooserView.draw(chooser, roster: roster, into: &surface, glyphs: glyphs)
                }
            }
            // A box over the panes has no text cursor of its own.
            if layer.coversPanes { surface.cursor = nil }
        }
    }

    /// The header, then the screen's own content: the list, a loading message or the panes.
    private static func drawScreen(
        _ screen: Screen, state: AppState, layout: ScreenLayout, glyphs: Glyphs, cache: RenderCache?,
        into surface: inout Surface
    ) {
        let status = HeaderView.status(state, glyphs: glyphs)
        let header = HeaderView.areas(layout.header, status: status)
        let identity = HeaderView.identity(state)
        region(.header(header.identity, identity, glyphs: glyphs), cache, &surface) {
            HeaderView.drawIdentity(identity, into: &$0, area: header.identity, glyphs: glyphs)
        }
        region(.headerStatus(header.status, status), cache, &surface) {
            HeaderView.drawStatus(status, into: &$0, area: header.status)
        }
        switch screen {
        case .list:
            PickerView.draw(state, into: &surface, glyphs: glyphs)
        case .campaigns:
            CampaignsView.draw(state, into: &surface, glyphs: glyphs)
        case .sequence:
            SequenceView.draw(state, into: &surface, glyphs: glyphs)
        case .loading:
            let message = state.loadingMessage ?? "Loading…"
            surface.put(
                message, x: max(0, (state.width - DisplayWidth.of(message)) / 2), y: state.height / 2, role: .dim)
        case .session:
            for slot in layout.slots {
                let focused = state.focus == slot.pane
                if case .inline(_, let noteWidth) = slot.style {
                    region(.frame(slot, focused: focused, note: nil, glyphs: glyphs), cache, &surface) {
                        PaneFrame.draw(slot, focused: focused, note: nil, into: &$0, glyphs: glyphs)
                    }
                    if noteWidth > 0 {
                        let note = [Span(PaneFrame.note(for: slot.pane, in: state, compact: true) ?? "", .dim)]
                        let area = Rect(x: slot.frame.maxX - noteWidth, y: slot.frame.y, width: noteWidth, height: 1)
                        region(.inlineNote(area, note, glyphs: glyphs), cache, &surface) {
                            PaneFrame.drawInlineNote(note, area: area, into: &$0)
                        }
                    }
                } else {
                    let note = PaneFrame.note(for: slot.pane, in: state)
                    region(.frame(slot, focused: focused, note: note, glyphs: glyphs), cache, &surface) {
                        PaneFrame.draw(slot, focused: focused, note: note, into: &$0, glyphs: glyphs)
                    }
                }
                let input = PaneInput(slot.pane, state: state)
                if case .editor(let body) = input, slot.pane == .body, let cache {
                    BodyRows.drawCached(slot, input: body, glyphs: glyphs, cache: cache, into: &surface)
                    continue
                }
                region(.content(slot, input, glyphs: glyphs), cache, &surface) {
                    PaneViews.draw(slot, input: input, into: &$0, glyphs: glyphs)
                }
            }
        }
    }

    /// The bottom line: the prompt when one asks, else the status and the key hints.
    private static func drawFooter(
        state: AppState, layout: ScreenLayout, glyphs: Glyphs, cache: RenderCache?,
        into surface: inout Surface
    ) {
        let input = FooterView.input(state)
        region(.footer(layout.footer, input), cache, &surface) {
            FooterView.draw(input, into: &$0, area: layout.footer, glyphs: glyphs)
        }
    }

    private static func drawOverlay(state: AppState, glyphs: Glyphs, into surface: inout Surface) {
        switch state.overlay {
        case .help(let scroll)?: HelpOverlay.draw(state, into: &surface, scroll: scroll, glyphs: glyphs)
        case .diff(let title, let lines, let scroll)?:
            HelpOverlay.box(
                title: " \(title) — Esc closes ", lines: lines, scroll: scroll, into: &surface, glyphs: glyphs)
        case nil: break
        }
    }

    /// Draws a region, unless a cache is given and the region's inputs are unchanged.
    private static func region(
        _ key: @autoclosure () -> RenderKey, _ cache: RenderCache?, _ surface: inout Surface,
        _ draw: (inout Surface) -> Void
    ) {
        guard let cache else { return draw(&surface) }
        let key = key()
        if cache.keep(key, in: &surface) { return }
        draw(&surface)
        cache.drawn(key, in: &surface)
    }

    private static func drawTooSmall(_ surface: inout Surface, state: AppState) {
        let lines = [
            "Terminal too small", "need \(ScreenLayout.minimumWidth)×\(ScreenLayout.minimumHeight)",
            "now \(state.width)×\(state.height)"
        ]
        let top = max(0, (state.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            surface.put(
                line, x: max(0, (state.width - DisplayWidth.of(line)) / 2), y: top + i, role: i == 0 ? .warning : .dim)
        }
    }
}
