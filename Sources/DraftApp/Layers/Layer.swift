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

    /// The layers that can stand in front of the screen, in their one order, top first.
    static let inFront: [Layer] = [.leadChooser, .overlay, .prompt]

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
        for layer in Layer.inFront where shows(layer) { layers.append(layer) }
        return layers + [.screen(screen)]
    }

    /// The layer in front, without making the list (asked for every pane of every frame). A loop,
    /// not `first(where: shows)`: a method passed as a value would copy the whole state each time.
    public var topLayer: Layer {
        for layer in Layer.inFront where shows(layer) { return layer }
        return .screen(screen)
    }

    /// Whether a layer that stands in front of the screen is up.
    private func shows(_ layer: Layer) -> Bool {
        switch layer {
        case .leadChooser: leadChooser != nil
        case .overlay: overlay != nil
        case .prompt: prompt != nil
        case .screen: true
        }
    }
}
