import DraftCore
import PuffleAPI

/// The top line: on the left what is open (title, short id), on the right its state (the
/// campaign's email against the saved draft, the modified marker, a save on its way or waiting
/// to retry, the busy indicator). The two are regions of their own for the render cache:
/// a spinner frame redraws one cell's worth, not the title.
enum HeaderView {
    /// The state side, right-aligned.
    static func status(_ state: AppState, glyphs: Glyphs) -> StyledLine {
        var right: StyledLine = []
        if let matches = state.campaignMatchesDraft {
            right.append(Span(matches ? " \(glyphs.ok) in campaign " : " campaign differs ", .header))
        }
        if let retry = state.saveRetry {
            let what = retry.error.isOffline ? "offline" : "unsaved"
            let next = retry.secondsLeft.map { "retrying in \($0) s" } ?? "trying again…"
            right.append(Span(" \(glyphs.bullet) \(what) · \(next) ", .headerModified))
        } else if state.saving != nil {
            // The footer's "Saving…" gives way to hints at the next keystroke; this stays.
            right.append(Span(" \(glyphs.bullet) saving… ", .headerModified))
        } else if state.isDirty {
            right.append(Span(" \(glyphs.bullet) modified ", .headerModified))
        }
        if state.reloadInFlight { right.append(Span(" \(glyphs.bullet) reloading… ", .header)) }
        if let task = state.taskStatus {
            let frame = glyphs.spinner[state.spinnerFrame % glyphs.spinner.count]
            right.append(Span(" \(frame) \(task.label) ", .headerBusy))
        }
        return right
    }

    /// Where the two sides go on the header line.
    static func areas(_ area: Rect, status: StyledLine) -> (identity: Rect, status: Rect) {
        let width = min(area.width, status.reduce(0) { $0 + DisplayWidth.of($1.text) })
        return (
            Rect(x: area.x, y: area.y, width: area.width - width, height: 1),
            Rect(x: area.maxX - width, y: area.y, width: width, height: 1)
        )
    }

    /// The left side: what is open. Both what is drawn and what the render cache compares. Kept
    /// per version of what it reads: the header is asked for on every frame.
    static func identity(_ state: AppState) -> StyledLine {
        let revisions = RevisionMemo<StyledLine>.Revisions(
            a: state.editors[.title]?.revision ?? -1, b: state.baseRevision, c: state.campaignRevision,
            d: state.screen == .campaigns ? 1 : 0)
        return state.identityMemo.value(at: revisions) { made(state) }
    }

    private static func made(_ state: AppState) -> StyledLine {
        var left: StyledLine = [Span(" puffle-draft ", .header)]
        if let session = state.base {
            let title = state.editors[.title]?.text ?? session.title ?? ""
            left.append(Span(" " + StyledText.singleLine(title.isEmpty ? "untitled" : title) + " ", .header))
            let short = ShortID.of(session.id, among: state.campaign?.sessions?.lazy.map(\.id) ?? [])
            left.append(Span(" \(short) ", .header))
            if let campaign = state.campaign, let name = campaign.campaign?.name {
                // The email's place first: a narrow header cuts the campaign's name, not it.
                let place = campaign.placeName(of: session.nodeID).map { "\($0) · " } ?? ""
                left.append(Span(" \(place)\(StyledText.singleLine(name)) ", .header))
            }
        } else if state.screen == .campaigns {
            left.append(Span(" your campaigns ", .header))
        } else if let campaign = state.campaign {
            left.append(
                Span(
                    " campaign \(campaign.campaign?.name.map(StyledText.singleLine) ?? String(campaign.id.prefix(8))) ",
                    .header))
        }
        return left
    }

    static func drawIdentity(_ identity: StyledLine, into surface: inout Surface, area: Rect, glyphs: Glyphs) {
        surface.fill(area, role: .header)
        let limit = max(0, area.width - 1)  // a blank column before the state side
        surface.put(
            StyledText.truncated(identity, width: limit, ellipsis: glyphs.ellipsis), x: area.x, y: area.y,
            limit: area.x + limit)
    }

    static func drawStatus(_ status: StyledLine, into surface: inout Surface, area: Rect) {
        surface.fill(area, role: .header)
        surface.put(status, x: area.x, y: area.y, limit: area.maxX)
    }
}
