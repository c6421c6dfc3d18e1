/// One level of what is on screen (helix's compositor): the screen at the bottom, then a prompt
/// on the footer line, a box over the panes (help or a diff), and the lead chooser on top. Keys,
/// paste and mouse go to the top layer first, which consumes them or passes them down; drawing
/// goes bottom up. One ordered list serves input, key contexts, the cursor and drawing, so they
/// cannot disagree about what is in front.
public enum Layer: Equatable, Sendable {
    /// Alt-L: the campaign's roster in a box, to choose sample leads from.
    case leadChooser
    /// Help (F1) or a diff shown with a prompt.
    case overlay
    /// A one-line question on the footer.
    case prompt
    /// The screen under everything.
    case screen(Screen)

    /// A box drawn over the panes: the panes' cached regions are not what is on screen, and the
    /// terminal cursor is hidden.
    var coversPanes: Bool {
        switch self {
        case .leadChooser, .overlay: true
        case .prompt, .screen: false
        }
    }
}

extension AppState {
    /// What is on screen, top first.
    public var layers: [Layer] {
        var layers: [Layer] = []
        if leadChooser != nil { layers.append(.leadChooser) }
        if overlay != nil { layers.append(.overlay) }
        if prompt != nil { layers.append(.prompt) }
        layers.append(.screen(screen))
        return layers
    }

    /// The layer in front, without making the list (asked for every pane of every frame).
    public var topLayer: Layer {
        if leadChooser != nil { return .leadChooser }
        if overlay != nil { return .overlay }
        if prompt != nil { return .prompt }
        return .screen(screen)
    }
}
