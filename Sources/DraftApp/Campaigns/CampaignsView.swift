import DraftCore
import PuffleAPI

/// The user's campaigns, newest first as the server lists them: name, status, channel and the
/// size of the sequence.
enum CampaignsView {
    static func draw(_ state: AppState, into surface: inout Surface, glyphs: Glyphs) {
        guard let campaigns = state.campaigns else { return }
        let area = Rect(x: 0, y: 1, width: surface.width, height: surface.height - 2)
        let rows = campaigns.shown
        let filtered = campaigns.filter.isEmpty ? "" : " matching \"\(StyledText.singleLine(campaigns.filter))\""
        let counted = campaigns.all == nil ? "" : " · \(rows.count)\(filtered)"
        PaneFrame.titledBox(
            area, title: " Your campaigns\(counted) ", titleRole: .paneTitleFocused, into: &surface, glyphs: glyphs)
        let inner = area.inset(by: 1)
        guard inner.height > 0 else { return }
        let text = Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 2), height: inner.height)
        guard let all = campaigns.all else {
            let message = campaigns.error ?? "Reading your campaigns…"
            surface.put(
                message, x: text.x, y: text.y, role: campaigns.error == nil ? .dim : .statusError, limit: text.maxX)
            return
        }
        if rows.isEmpty {
            let message =
                all.isEmpty
                ? "You have no campaigns yet: create one in Puffle's web app, then Ctrl-R here."
                : "No campaign's name holds \"\(StyledText.singleLine(campaigns.filter))\" (/ changes the filter)"
            surface.put(message, x: text.x, y: text.y, role: .placeholder, limit: text.maxX)
            return
        }
        let listHeight = text.height - (campaigns.error == nil ? 0 : 1)
        let selected = min(campaigns.selected, rows.count - 1)
        let window = ListWindow(first: max(0, selected - listHeight + 1), height: listHeight, total: rows.count)
        let statusWidth = rows.map { DisplayWidth.of(StyledText.singleLine($0.status ?? "")) }.max() ?? 0
        for (offset, campaign) in rows.dropFirst(window.first).prefix(window.shown).enumerated() {
            let y = text.y + offset
            let detail =
                "  "
                + [campaign.type.map(StyledText.singleLine), sizeLabel(campaign)].compactMap { $0 }
                .filter { !$0.isEmpty }
                .joined(separator: " · ")
            // A long name is cut rather than the channel and size after it; a narrow screen
            // keeps the name readable (12 cells) before the size.
            let nameWidth = max(12, text.width - statusWidth - 2 - DisplayWidth.of(detail))
            let line: StyledLine =
                [Span(StyledText.singleLine(campaign.status ?? "").padded(toWidth: statusWidth + 2), .label)]
                + StyledText.truncated(
                    [Span(StyledText.singleLine(campaign.name ?? "(no name)"))], width: nameWidth,
                    ellipsis: glyphs.ellipsis) + [Span(detail, .dim)]
            surface.put(line, x: text.x, y: y, limit: text.maxX)
            if window.first + offset == selected {
                surface.setRole(.selection, in: Rect(x: inner.x, y: y, width: inner.width, height: 1))
            }
        }
        window.drawMarks(
            on: Rect(x: area.x + 2, y: area.maxY - 1, width: area.width - 4, height: 1), into: &surface, glyphs: glyphs)
        if let error = campaigns.error {
            surface.put(error, x: text.x, y: text.maxY - 1, role: .statusError, limit: text.maxX)
        }
    }

    /// The size of a campaign's sequence: its emails (or messages, off email) when it was read in
    /// full, else the server's node count named as such ("6 nodes" for three emails, two delays
    /// and the end).
    static func sizeLabel(_ campaign: CampaignSummary) -> String? {
        if let count = campaign.messageCount {
            let noun = campaign.type == nil || campaign.type == "email" ? "email" : "message"
            return "\(count) \(noun)\(count == 1 ? "" : "s")"
        }
        return campaign.nodeCount.map { "\($0) node\($0 == 1 ? "" : "s")" }
    }
}
