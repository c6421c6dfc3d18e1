import DraftCore

/// Where each pane goes for a terminal size. Wide terminals show every pane side by side;
/// narrower ones fold panes into a tab group that shows the most recently focused member, so
/// every pane stays one Alt-digit away at any size down to 40×12.
public struct ScreenLayout: Equatable, Sendable {
    /// Below this width the program asks for a bigger window instead of drawing panes.
    public static let minimumWidth = 40
    /// Below this height the program asks for a bigger window instead of drawing panes.
    public static let minimumHeight = 12

    /// How the panes are arranged: stacked, in two columns or in three, by the window's size.
    public enum Mode: Equatable, Sendable { case tooSmall, narrow, twoColumns, threeColumns }

    /// The cells at the end of the inline Subject for its character count ("53", "12/53").
    static let inlineNoteWidth = 7

    /// How a pane is framed: a box of its own, or a tab in a shared box.
    public enum Frame: Equatable, Sendable {
        /// A bordered box; `tabs` lists the panes sharing it when it is a tab group.
        case boxed(tabs: [Pane])
        /// One line with the pane's label in front, for Title and Subject on small screens, and
        /// `noteWidth` cells at its end for a count (the subject's characters).
        case inline(labelWidth: Int, noteWidth: Int)
    }

    /// Where one pane goes, and how it is framed.
    public struct Slot: Equatable, Sendable {
        /// The pane placed.
        public let pane: Pane
        /// The pane's box, frame included.
        public let frame: Rect
        /// Whether the pane has its box or shares one as a tab.
        public let style: Frame

        /// Whether the pane is one labelled line rather than a box.
        var isInline: Bool { if case .inline = style { true } else { false } }

        /// Inside the border (the content and the blank column beside it), or after the label.
        public var interior: Rect {
            switch style {
            case .boxed: frame.inset(by: 1)
            case .inline: content
            }
        }

        /// The label of a one-line slot.
        public var labelArea: Rect {
            guard case .inline(let labelWidth, _) = style else {
                return Rect(x: frame.x, y: frame.y, width: 0, height: 0)
            }
            return Rect(x: frame.x, y: frame.y, width: labelWidth, height: frame.height)
        }

        /// The area inside the border or after the label.
        public var content: Rect {
            switch style {
            // One blank column inside each border, so text never touches the frame.
            case .boxed: Rect(x: frame.x + 2, y: frame.y + 1, width: frame.width - 4, height: frame.height - 2)
            case .inline(let labelWidth, let noteWidth):
                Rect(
                    x: frame.x + labelWidth, y: frame.y, width: frame.width - labelWidth - noteWidth,
                    height: frame.height)
            }
        }
    }

    /// The arrangement chosen for the window's size.
    public let mode: Mode
    /// The header line.
    public let header: Rect
    /// The footer line: the status, the key hints and the prompts.
    public let footer: Rect
    /// The panes shown, in drawing order.
    public let slots: [Slot]

    /// Where a pane is on screen, or nil when it is a hidden tab.
    public func slot(for pane: Pane) -> Slot? { slots.first { $0.pane == pane } }

    /// The layout for a window; `recent` decides which tab of a shared box shows, `weights` how
    /// the right column of three is shared.
    public init(width: Int, height: Int, recent: [Pane], weights: PaneWeights = .even) {
        header = Rect(x: 0, y: 0, width: width, height: 1)
        footer = Rect(x: 0, y: height - 1, width: width, height: 1)
        guard width >= ScreenLayout.minimumWidth, height >= ScreenLayout.minimumHeight else {
            mode = .tooSmall
            slots = []
            return
        }
        let top = 1, available = height - 2
        func shown(_ group: [Pane]) -> Pane { recent.first(where: group.contains) ?? group[0] }
        /// Boxes one under another from the top, each with its height.
        func stack(_ panes: [(Pane, height: Int)], x: Int, width: Int) -> [Slot] {
            var y = top
            return panes.map { pane, height in
                defer { y += height }
                return Slot(pane: pane, frame: Rect(x: x, y: y, width: width, height: height), style: .boxed(tabs: []))
            }
        }
        func column(x: Int, width: Int) -> [Slot] {
            let field = 3
            return stack([(.title, field), (.subject, field), (.body, available - 2 * field)], x: x, width: width)
        }
        if width >= 160 && height >= 24 {
            mode = .threeColumns
            let left = width * 38 / 100, middle = width * 31 / 100, right = width - left - middle
            let shares = weights.heights(available: available)
            slots =
                column(x: 0, width: left) + stack([(.transcript, available)], x: left, width: middle)
                + stack(
                    [(.skeleton, shares[0]), (.examples, shares[1]), (.history, shares[2])], x: left + middle,
                    width: right)
        } else if width >= 100 && height >= 20 {
            mode = .twoColumns
            let left = width / 2, right = width - left
            let upper = available / 2
            let group: [Pane] = [.skeleton, .examples, .history]
            slots =
                column(x: 0, width: left) + [
                    Slot(
                        pane: .transcript, frame: Rect(x: left, y: top, width: right, height: upper),
                        style: .boxed(tabs: [])),
                    Slot(
                        pane: shown(group),
                        frame: Rect(x: left, y: top + upper, width: right, height: available - upper),
                        style: .boxed(tabs: group))
                ]
        } else {
            mode = .narrow
            let labelWidth = 11  // " 2 Subject "
            let group: [Pane] = [.body, .transcript, .skeleton, .examples, .history]
            slots = [
                Slot(
                    pane: .title, frame: Rect(x: 0, y: top, width: width, height: 1),
                    style: .inline(labelWidth: labelWidth, noteWidth: 0)),
                Slot(
                    pane: .subject, frame: Rect(x: 0, y: top + 1, width: width, height: 1),
                    style: .inline(labelWidth: labelWidth, noteWidth: Self.inlineNoteWidth)),
                Slot(
                    pane: shown(group), frame: Rect(x: 0, y: top + 2, width: width, height: available - 2),
                    style: .boxed(tabs: group))
            ]
        }
    }
}
