import DraftCore
import PuffleAPI

/// Alt-S: the sequence review. It reads the campaign, its sessions and every page of the roster
/// (once per opening, never polled), steps through the leads, and goes from a check to the
/// lead or the email's text. It writes nothing and starts no task: it costs nothing.
enum SequenceUpdate {
    /// Opens the review of the campaign on screen (a session's or the list's).
    static func open(state: inout AppState) -> [Effect] {
        guard let campaignID = state.campaign?.id ?? state.base?.campaignID, SessionID.isValid(campaignID) else {
            state.status = StatusMessage(
                "This session belongs to no campaign: there is no sequence to review", isError: true)
            return []
        }
        return open(campaignID: campaignID, state: &state)
    }

    /// Opens the review of a campaign; the campaign and its sessions are read afresh with it.
    static func open(campaignID: String, state: inout AppState) -> [Effect] {
        state.sequenceOpenings += 1
        var review = SequenceReviewState(campaignID: campaignID, opening: state.sequenceOpenings)
        var effects: [Effect] = []
        if state.campaign?.id != campaignID {
            state.campaign = CampaignState(id: campaignID)
        }
        effects += [.loadCampaign(id: campaignID), .listSessions(campaignID: campaignID)]
        if let page = review.nextRequest() { effects.append(page) }
        state.sequenceReview = review
        return effects
    }

    /// Esc or Ctrl-O: back to where Alt-S was pressed, as it was.
    static func close(state: inout AppState) -> [Effect] {
        state.sequenceReview = nil
        return [.cancel(.rosterRetry)]
    }

    static func perform(_ command: Command, state: inout AppState) -> [Effect] {
        guard state.sequenceReview != nil else { return [] }
        switch command {
        case .leaveSequence: return close(state: &state)
        case .previousLead: step(-1, state: &state)
        case .nextLead: step(1, state: &state)
        case .findLead:
            state.prompt = .findLead(TextBuffer("", singleLine: true), from: state.sequenceReview?.lead ?? 0)
        case .selectPrevious, .selectNext:
            let count = checkCount(state)
            let selected = (state.sequenceReview?.selected ?? 0) + (command == .selectNext ? 1 : -1)
            state.sequenceReview?.selected = max(0, min(max(0, count - 1), selected))
        case .pageUp, .pageDown, .scrollHome:
            let page = max(1, state.height / 2)
            let scroll = state.sequenceReview?.scroll ?? 0
            // Within the last email's last row: PgUp after paging past the end moves at once.
            let wanted = command == .scrollHome ? 0 : scroll + (command == .pageDown ? page : -page)
            let furthest = SequenceView.maxScroll(state)
            state.sequenceReview?.scroll = max(0, min(wanted, furthest))
        case .openSelected: return enter(state: &state)
        case .reload:
            guard let id = state.sequenceReview?.campaignID else { return [] }
            let lead = state.sequenceReview?.lead ?? 0
            let effects = [.cancel(.rosterRetry)] + open(campaignID: id, state: &state)
            state.sequenceReview?.lead = lead
            state.status = StatusMessage("Reading the campaign and its leads again…")
            return effects
        case .quit: return Update.perform(.quit, on: &state)
        case .help: state.overlay = .help(scroll: 0)
        case .repaint: return [.repaintAll]
        default: break
        }
        return []
    }

    /// The checks the list offers: the coverage lines, then the repeats.
    static func checkCount(_ state: AppState) -> Int {
        state.sequenceReport.map { $0.coverage.count + $0.repeats.count } ?? 0
    }

    /// `[` or `]`: the previous or next lead, or of the leads that lack the variable chosen.
    static func step(_ direction: Int, state: inout AppState) {
        guard let review = state.sequenceReview else { return }
        let prospects = review.roster.prospects
        guard !prospects.isEmpty else { return }
        guard let variable = review.lacking else {
            state.sequenceReview?.lead = max(0, min(prospects.count - 1, review.lead + direction))
            return
        }
        var index = review.lead + direction
        while prospects.indices.contains(index) {
            if lacks(prospects[index], variable) {
                state.sequenceReview?.lead = index
                return
            }
            index += direction
        }
        state.status = StatusMessage(
            "No \(direction > 0 ? "later" : "earlier") lead lacks %\(variable)%"
                + (review.isComplete ? "" : " among those read so far"))
    }

    static func lacks(_ prospect: Prospect, _ variable: String) -> Bool {
        VariableCoverage.isEmpty(prospect.value(forVariable: variable))
    }

    /// Enter on a check: a coverage line shows its first lead that lacks the variable (Enter on
    /// it again lets the leads be stepped through all together); a repeat opens the email's session at the text.
    private static func enter(state: inout AppState) -> [Effect] {
        guard let review = state.sequenceReview, let report = state.sequenceReport else { return [] }
        let index = review.selected
        if report.coverage.indices.contains(index) {
            let coverage = report.coverage[index]
            guard coverage.filler == .leads else {
                state.status = StatusMessage("The sender accounts are set in Puffle's web app, under the campaign")
                return []
            }
            if review.lacking == coverage.name {
                state.sequenceReview?.lacking = nil
                state.status = StatusMessage("Stepping through every lead again")
                return []
            }
            state.sequenceReview?.lacking = coverage.name
            let first = review.roster.prospects.firstIndex { lacks($0, coverage.name) }
            if let first { state.sequenceReview?.lead = first }
            return []
        }
        let repeatIndex = index - report.coverage.count
        guard report.repeats.indices.contains(repeatIndex) else { return [] }
        let found = report.repeats[repeatIndex]
        guard let email = report.emails.first(where: { $0.place == found.second }) else { return [] }
        guard let sessionID = email.sessionID else {
            state.prompt = .startEmailSession(campaignID: review.campaignID, nodeID: email.node.id, place: email.place)
            return []
        }
        return jump(.open(sessionID: sessionID, at: found.start), state: &state)
    }

    /// Goes to another session (or starts one): the open session is left first, asking about
    /// unsaved edits as Ctrl-O does. The same session just closes the review, cursor at the text.
    static func jump(_ target: ReviewJump, state: inout AppState) -> [Effect] {
        if case .open(let id, let position) = target, state.base?.id == id {
            let effects = close(state: &state)
            state.focus(.body)
            if let position { placeCursor(at: position, state: &state) }
            return effects
        }
        guard state.base != nil else { return close(state: &state) + target.perform(state: &state) }
        guard state.isDirty else { return PickerUpdate.backToList(keepingEdits: false, then: target, state: &state) }
        state.prompt = .leaveSession(then: target)
        return []
    }

    /// Puts the body's cursor at a position of its text as it was checked: a position past what
    /// the text now holds goes to the nearest end, and one inside a character to its start.
    static func placeCursor(at position: TextPosition, state: inout AppState) {
        guard var editor = state.editors[.body] else { return }
        let line = max(0, min(position.line, editor.lines.count - 1))
        let text = editor.lines[line]
        var offset = max(0, min(position.offset, text.utf8.count))
        while offset > 0, text.utf8.index(text.utf8.startIndex, offsetBy: offset).samePosition(in: text) == nil {
            offset -= 1
        }
        editor.place(TextPosition(line: line, offset: offset), goalColumn: nil)
        editor.deselect()
        state.editors[.body] = editor
        EditingUpdate.keepCursorVisible(&state)
    }

    /// A page of the roster for this opening of the review.
    static func rosterLoaded(_ result: Result<RosterPage, APIError>, opening: Int, state: inout AppState) -> [Effect] {
        guard state.sequenceReview?.opening == opening else { return [] }
        switch result {
        case .success(let page):
            // In place: a copy would share the roster read so far and copy it all to add a page.
            state.sequenceReview?.take(page)
            return state.sequenceReview?.nextRequest().map { [$0] } ?? []
        case .failure(let error):
            guard var review = state.sequenceReview else { return [] }
            review.failed()
            guard error.isTransient, review.failures < SequenceReviewState.attemptsPerPage else {
                review.stopped = error.message
                state.sequenceReview = review
                return []
            }
            state.sequenceReview = review
            let delay = Backoff.delay(attempt: review.failures, after: error, seed: review.campaignID)
            return [.after(seconds: delay, .rosterRetryDue(opening: opening), id: .rosterRetry)]
        }
    }

    /// The wait after a failed page is over: ask for it again.
    static func retryDue(opening: Int, state: inout AppState) -> [Effect] {
        guard state.sequenceReview?.opening == opening else { return [] }
        return state.sequenceReview?.nextRequest().map { [$0] } ?? []
    }

    /// `/`: the first lead from `origin` on whose name, company or address holds the text.
    static func findLead(_ text: String, from origin: Int, state: inout AppState) {
        let query = text.trimmed(while: { $0 == " " }).lowercased()
        guard let prospects = state.sequenceReview?.roster.prospects, !query.isEmpty, !prospects.isEmpty else { return }
        let order = Array(origin..<prospects.count) + Array(0..<min(origin, prospects.count))
        let found = order.first { index in
            let prospect = prospects[index]
            return [prospect.displayName, prospect.company, prospect.email].contains {
                $0?.lowercased().contains(query) ?? false
            }
        }
        if let found {
            state.sequenceReview?.lead = found
            state.sequenceReview?.lacking = nil
        } else {
            state.status = StatusMessage("No lead read so far matches \u{201C}\(StyledText.singleLine(text))\u{201D}")
        }
    }
}
