import DraftCore

/// Ctrl-F and its prompt, F3 / Shift-F3: finding in the focused pane. In a text field the cursor
/// goes to the match; in a reading pane the view scrolls to it.
enum FindUpdate {
    /// Opens the prompt, filled with the selected text or the last query, selected so that
    /// typing replaces it.
    static func open(state: inout AppState) -> [Effect] {
        let pane = state.focus
        let editor = pane.isTextField ? state.editors[pane] : nil
        let selected = editor?.selectedText.flatMap { $0.contains("\n") ? nil : $0 }
        var query = TextBuffer(selected ?? state.find?.search.query ?? "", singleLine: true)
        query.selectAll()
        let origin: FindOrigin =
            if let editor { .text(editor.selection?.lowerBound ?? editor.cursor) } else { .view(viewTop(pane, state)) }
        state.prompt = .find(query, origin: origin)
        search(query.text, from: origin, state: &state)
        return []
    }

    /// The query was edited: every match marked, the first one from where the find started made current.
    static func search(_ query: String, from origin: FindOrigin, state: inout AppState) {
        guard let search = TextSearch(query) else {
            state.find = nil
            return
        }
        var find = FindState(pane: state.focus, search: search)
        count(&find, state: state)
        switch origin {
        case .text(let position):
            let next = find.textMatches.first { $0.lowerBound >= position }
            find.wrapped = next == nil && !find.textMatches.isEmpty
            find.current = (next ?? find.textMatches.first).map { .text($0) }
        case .view(let top):
            find.current = firstMatch(from: top, find: find, state: state)
        }
        state.find = find
        reveal(state: &state)
    }

    /// F3, Ctrl-N, Enter in the prompt (forward) and Shift-F3 (back), wrapping round the pane.
    /// With no find yet the prompt opens; a find made in another pane is carried to this one.
    static func step(forward: Bool, state: inout AppState) -> [Effect] {
        guard var find = state.find else { return open(state: &state) }
        if find.pane != state.focus {
            let origin: FindOrigin =
                if let editor = state.editors[state.focus], state.focus.isTextField { .text(editor.cursor) } else {
                    .view(viewTop(state.focus, state))
                }
            search(find.search.query, from: origin, state: &state)
            return []
        }
        count(&find, state: state)
        find.wrapped = false
        if find.pane.isTextField {
            let matches = find.textMatches
            let from: TextPosition =
                if case .text(let range)? = find.current { range.lowerBound } else {
                    state.editors[find.pane]?.cursor ?? .start
                }
            let target = forward ? matches.first { $0.lowerBound > from } : matches.last { $0.lowerBound < from }
            find.wrapped = target == nil && !matches.isEmpty
            find.current = (target ?? (forward ? matches.first : matches.last)).map { .text($0) }
        } else {
            find.current = neighbour(
                of: find.current, forward: forward, counts: find.blockCounts, wrapped: &find.wrapped)
        }
        state.find = find
        if state.prompt == nil {
            state.status =
                find.total == 0
                ? StatusMessage("No match for \"\(find.search.query)\"", isError: true)
                : StatusMessage(
                    "Match \(find.summary)" + (find.wrapped ? (forward ? ", from the top" : ", from the end") : ""))
        }
        reveal(state: &state)
        return []
    }

    /// Counts again after the pane's content changed (a refresh from the server).
    static func recount(state: inout AppState) {
        guard var find = state.find else { return }
        count(&find, state: state)
        if case .block(let block, let ordinal)? = find.current,
            !(find.blockCounts.indices.contains(block) && ordinal < find.blockCounts[block])
        {
            find.current = nil
        }
        if case .text(let range)? = find.current, !find.textMatches.contains(range) { find.current = nil }
        state.find = find
    }

    private static func count(_ find: inout FindState, state: AppState) {
        if find.pane.isTextField, let editor = state.editors[find.pane] {
            find.textMatches = editor.lines.indices.flatMap { line in
                find.search.ranges(in: editor.lines[line]).map {
                    TextPosition(line: line, offset: $0.lowerBound)..<TextPosition(line: line, offset: $0.upperBound)
                }
            }
        } else {
            let blocks = PaneContent.blocks(for: find.pane, in: state)
            find.blockCounts = (0..<(blocks?.count ?? 0)).map { blocks!.matchCount($0, find.search) }
        }
    }

    /// The next or previous match in a reading pane, by block and ordinal.
    private static func neighbour(of current: FindMatch?, forward: Bool, counts: [Int], wrapped: inout Bool)
        -> FindMatch?
    {
        let withMatches = counts.indices.filter { counts[$0] > 0 }
        guard let first = withMatches.first, let last = withMatches.last else { return nil }
        guard case .block(let block, let ordinal)? = current else {
            return .block(forward ? first : last, ordinal: forward ? 0 : counts[last] - 1)
        }
        if forward {
            if block < counts.count, ordinal + 1 < counts[block] { return .block(block, ordinal: ordinal + 1) }
            if let next = withMatches.first(where: { $0 > block }) { return .block(next, ordinal: 0) }
            wrapped = true
            return .block(first, ordinal: 0)
        }
        if ordinal > 0 { return .block(block, ordinal: ordinal - 1) }
        if let previous = withMatches.last(where: { $0 < block }) {
            return .block(previous, ordinal: counts[previous] - 1)
        }
        wrapped = true
        return .block(last, ordinal: counts[last] - 1)
    }

    /// The first match at or below the top of the view, else the first of all.
    private static func firstMatch(from top: ScrollAnchor, find: FindState, state: AppState) -> FindMatch? {
        let counts = find.blockCounts
        if counts.indices.contains(top.block), counts[top.block] > 0 {
            for ordinal in 0..<counts[top.block]
            where (row(of: .block(top.block, ordinal: ordinal), find: find, state: state) ?? 0) >= top.row {
                return .block(top.block, ordinal: ordinal)
            }
        }
        if let block = counts.indices.first(where: { $0 > top.block && counts[$0] > 0 }) {
            return .block(block, ordinal: 0)
        }
        var ignored = false
        return neighbour(of: nil, forward: true, counts: counts, wrapped: &ignored)
    }

    /// The row of its block a match of a reading pane is drawn on, at the pane's width.
    private static func row(of match: FindMatch, find: FindState, state: AppState) -> Int? {
        guard case .block(let block, _) = match, let area = PaneGeometry.scrollArea(for: find.pane, in: state),
            let blocks = PaneContent.blocks(for: find.pane, in: state), block < blocks.count
        else { return nil }
        var marking = find
        marking.current = match
        let rows = TextMarks.marked(blocks.paragraphs(block), find: marking, block: block).rows(width: area.width)
        return rows.firstIndex { row in row.contains { $0.overlay == .matchCurrent } }
    }

    /// Brings the current match into view: the cursor onto it in a text field, the view scrolled
    /// to it (a couple of rows of context above) in a reading pane.
    private static func reveal(state: inout AppState) {
        guard let find = state.find, let current = find.current else { return }
        switch current {
        case .text(let range):
            state.editors[find.pane]?.place(range.lowerBound, goalColumn: nil)
            EditingUpdate.keepCursorVisible(&state)
        case .block(let block, _):
            guard let area = PaneGeometry.scrollArea(for: find.pane, in: state), area.height > 0,
                let scroller = PaneContent.scroller(for: find.pane, in: state, width: area.width),
                let row = row(of: current, find: find, state: state)
            else { return }
            let target = ScrollAnchor(block: block, row: row)
            let limit = scroller.lastTop(height: area.height)
            let top = state.scroll[find.pane] ?? (find.pane == .transcript ? limit : .top)
            let bottom = scroller.advanced(top, by: area.height)
            guard target < top || bottom.map({ target >= $0 }) == true else { return }
            if target >= limit {
                state.scroll[find.pane] = find.pane == .transcript ? nil : limit
            } else {
                state.scroll[find.pane] = scroller.scrolled(
                    target, by: -min(2, area.height / 3), height: area.height, followsEnd: false)
            }
        }
    }

    /// The top of a reading pane's view: where a find there starts looking.
    static func viewTop(_ pane: Pane, _ state: AppState) -> ScrollAnchor {
        if let anchor = state.scroll[pane] { return anchor }
        guard pane == .transcript, let area = PaneGeometry.scrollArea(for: pane, in: state),
            let scroller = PaneContent.scroller(for: pane, in: state, width: area.width)
        else { return .top }
        return scroller.lastTop(height: area.height)
    }
}
