import DraftCore
import PuffleAPI

/// The sequence review: the lead the emails are filled for and how far the roster is read, the
/// checks over the whole sequence and roster (Up/Down, Enter), then every email in order, its
/// day and figures, filled for that lead.
enum SequenceView {
    static func draw(_ state: AppState, into surface: inout Surface, glyphs: Glyphs) {
        guard let review = state.sequenceReview else { return }
        let area = box(width: surface.width, height: surface.height)
        let campaign = state.campaign?.campaign
        let name = campaign?.name.map { "\"\(StyledText.singleLine($0))\"" } ?? String(review.campaignID.prefix(8))
        let status = campaign?.status.map { " (\(StyledText.singleLine($0)))" } ?? ""
        let report = state.sequenceReport
        let count = report.map { " · \($0.emails.count) email\($0.emails.count == 1 ? "" : "s")" } ?? ""
        PaneFrame.titledBox(
            area, title: " Sequence of \(name)\(status)\(count) ", titleRole: .paneTitleFocused, into: &surface,
            glyphs: glyphs)
        let text = textArea(in: area)
        guard text.height > 0, text.width > 0 else { return }
        guard let report else {
            let failed = state.campaign?.error.map { "The campaign could not be read: \(StyledText.singleLine($0))" }
            surface.put(
                failed ?? "Reading the campaign…", x: text.x, y: text.y, role: failed == nil ? .dim : .statusError,
                limit: text.maxX)
            return
        }
        let parts = Parts(review: review, report: report, text: text)
        surface.put(leadLine(review), x: text.x, y: text.y, limit: text.maxX)
        if let progress = review.progress, parts.showsProgress {
            surface.put(
                progress, x: text.x, y: text.y + 1, role: review.stopped == nil ? .dim : .warning, limit: text.maxX)
        }
        drawChecks(
            report, review: review, leads: review.roster.prospects.count, parts: parts, into: &surface, glyphs: glyphs)
        guard let emails = parts.emails else { return }
        let rule = Rect(x: text.x - 1, y: emails.y - 1, width: text.width + 2, height: 1)
        surface.repeated(
            glyphs.horizontal.unicodeScalars.first ?? "-", count: rule.width, x: rule.x, y: rule.y, role: .border,
            limit: rule.maxX)
        let height = emails.height
        if report.emails.isEmpty {
            surface.put(
                "The sequence has no emails or messages yet.", x: text.x, y: emails.y, role: .placeholder,
                limit: text.maxX)
            return
        }
        // The emails are filled and wrapped only as far as the screen reaches: `]` redraws them all.
        let (rows, next) = emailRows(
            state, review: review, report: report, width: text.width, upTo: review.scroll + height)
        let scroll = next < report.emails.count ? review.scroll : min(review.scroll, max(0, rows.count - height))
        for (offset, row) in rows.dropFirst(scroll).prefix(height).enumerated() {
            surface.put(row, x: text.x, y: emails.y + offset, limit: text.maxX)
        }
        if next < report.emails.count {
            // Rows not wrapped yet are not counted: the mark names the emails below instead.
            ListWindow(first: scroll, height: height, total: scroll + height).drawMarks(
                on: rule, into: &surface, glyphs: glyphs)
            let below =
                next + 1 == report.emails.count
                ? " \(glyphs.down) email \(next + 1) " : " \(glyphs.down) emails \(next + 1)–\(report.emails.count) "
            let width = DisplayWidth.of(below)
            surface.put(below, x: max(rule.x, rule.maxX - width - 1), y: rule.y, role: .label, limit: rule.maxX)
        } else {
            ListWindow(first: scroll, height: height, total: rows.count).drawMarks(
                on: rule, into: &surface, glyphs: glyphs)
        }
    }

    /// The furthest the emails scroll: their last row at the bottom of the screen. The update
    /// keeps PgDn within it, so PgUp moves the view at once after paging past the end.
    static func maxScroll(_ state: AppState) -> Int {
        guard let review = state.sequenceReview, let report = state.sequenceReport,
            let emails = Parts(
                review: review, report: report, text: textArea(in: box(width: state.width, height: state.height))
            )
            .emails
        else { return 0 }
        let rows = emailRows(state, review: review, report: report, width: emails.width, upTo: nil).rows
        return max(0, rows.count - emails.height)
    }

    /// The review's box: the screen between the header and the footer.
    private static func box(width: Int, height: Int) -> Rect { Rect(x: 0, y: 1, width: width, height: height - 2) }

    /// Inside the box, with a column of margin on each side.
    private static func textArea(in box: Rect) -> Rect {
        let inner = box.inset(by: 1)
        return Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 2), height: inner.height)
    }

    /// Where the review's parts go down the screen: the lead line, the reading progress, the
    /// checks' heading and as many checks as fit a third of what is left, then a rule and the
    /// emails. One reckoning for the view that draws them and the update that scrolls the emails.
    struct Parts {
        let text: Rect
        let showsProgress: Bool
        /// The checks' heading row, nil when there is no room for it, and the checks under it.
        let checksHeading: Int?
        let checks: ListWindow
        /// The emails' rows under their rule; nil when there is no room for the rule.
        let emails: Rect?

        init(review: SequenceReviewState, report: SequenceReport, text: Rect) {
            self.text = text
            var y = text.y + 1
            showsProgress = review.progress != nil && y < text.maxY
            if showsProgress { y += 1 }
            let count = report.coverage.count + report.repeats.count
            if y < text.maxY {
                checksHeading = y
                y += 1
                let room = max(1, (text.maxY - y) / 3)
                checks = ListWindow(
                    first: max(0, min(review.selected, count - 1) - room + 1), height: room, total: count)
                y = min(text.maxY, y + checks.shown)
            } else {
                checksHeading = nil
                checks = ListWindow(first: 0, height: 0, total: count)
            }
            emails = y < text.maxY ? Rect(x: text.x, y: y + 1, width: text.width, height: text.maxY - y - 1) : nil
        }
    }

    /// The emails filled for the review's lead and wrapped, as far as `upTo` rows (nil: all of
    /// them), and the number of emails wrapped.
    private static func emailRows(
        _ state: AppState, review: SequenceReviewState, report: SequenceReport, width: Int, upTo limit: Int?
    ) -> (rows: [StyledLine], next: Int) {
        let prospects = review.roster.prospects
        let values = LeadFill.Values(
            prospect: prospects.indices.contains(review.lead) ? prospects[review.lead] : nil,
            sender: state.campaign?.senderVariables ?? [:])
        let signature = LeadFill.lines(report.signatureLines, values: values, base: .dim)
        var rows: [StyledLine] = []
        var next = 0
        while next < report.emails.count && rows.count < limit ?? .max {
            rows += emailParagraphs(report.emails[next], report.figures[next], values: values, signature: signature)
                .rows(width: width)
            next += 1
        }
        return (rows, next)
    }

    /// "Lead 3 of 40: Aiko Tanaka · Sakura Retail · aiko@…", and the variable being stepped by.
    private static func leadLine(_ review: SequenceReviewState) -> StyledLine {
        let prospects = review.roster.prospects
        guard prospects.indices.contains(review.lead) else {
            let none =
                review.isComplete
                ? "The roster has no leads: variables show as they are written" : "Reading the first leads…"
            return [Span(none, .dim)]
        }
        let prospect = prospects[review.lead]
        let facts = [prospect.displayName ?? "(no name)", prospect.company ?? "(no company)", prospect.email]
            .compactMap { $0 }.map(StyledText.singleLine)
        var line: StyledLine = [
            Span("Lead \((review.lead + 1).grouped) of \(prospects.count.grouped)", .label),
            Span(": " + facts.joined(separator: " · "))
        ]
        if let lacking = review.lacking {
            line.append(Span("   leads without %\(lacking)% ([ ])", .warning))
        }
        return line
    }

    /// The checks' heading and as many of them as fit a third of the screen (see `Parts`).
    private static func drawChecks(
        _ report: SequenceReport, review: SequenceReviewState, leads: Int, parts: Parts, into surface: inout Surface,
        glyphs: Glyphs
    ) {
        guard var y = parts.checksHeading else { return }
        let text = parts.text, window = parts.checks
        let count = report.coverage.count + report.repeats.count
        // Only the lines on screen are made: a long sequence repeats itself in many places.
        func check(_ index: Int) -> StyledLine {
            guard index < report.coverage.count else {
                return [Span(report.repeats[index - report.coverage.count].sentence, .warning)]
            }
            let coverage = report.coverage[index]
            let stepping = coverage.name == review.lacking
            return [Span((stepping ? "▸ " : "") + coverage.sentence, coverage.known ? .warning : .statusError)]
        }
        let covered = review.isComplete ? "\(leads.grouped) leads" : "the \(leads.grouped) leads read so far"
        let heading =
            count == 0
            ? "Checks: nothing to report across the emails and \(covered)"
            : "Checks over the emails and \(covered): Enter goes to one"
        let headingRow = y
        surface.put(heading, x: text.x, y: y, role: count == 0 ? .statusOK : .label, limit: text.maxX)
        y += 1
        let selected = min(review.selected, count - 1)
        for index in window.first..<window.first + window.shown where y < text.maxY {
            surface.put([Span("  ")] + check(index), x: text.x, y: y, limit: text.maxX)
            if index == selected {
                surface.setRole(.selection, in: Rect(x: text.x, y: y, width: text.width, height: 1))
            }
            y += 1
        }
        let marks = DisplayWidth.of(heading) + 1
        window.drawMarks(
            on: Rect(x: text.x + marks, y: headingRow, width: max(0, text.width - marks), height: 1), into: &surface,
            glyphs: glyphs)
    }

    /// An email: its place, day, type and figures, the subject and body filled for the lead,
    /// then the campaign's signature as it is appended.
    private static func emailParagraphs(
        _ email: SequenceEmail, _ figures: EmailFigures, values: LeadFill.Values, signature: [StyledLine]
    ) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        var heading: StyledLine = [Span(email.day, .label), Span(" · " + PickerView.typeName(email.node), .dim)]
        if email.notApplied { heading.append(Span(" · not applied", .warning)) }
        heading.append(Span(" · " + figures.summary, figures.findings.isEmpty ? .dim : .warning))
        // The figures wrap under the day, so the place stands out at the left.
        let place = "\(email.place)".padded(toWidth: 3)
        paragraphs.append(Paragraph(heading, lead: [Span(place, .label)], searchable: false))
        if email.node.hasSubject {
            let subject =
                email.subject.isEmpty
                ? [Span("(no subject)", .statusError)] : LeadFill.line(email.subject[...], values: values)
            paragraphs.append(.labelled("Subject ", subject, indent: 3, labelWidth: 8, role: .label))
        }
        if email.body.isEmpty {
            paragraphs.append(.note([Span("(no body)", .statusError)], indent: 3))
        } else {
            paragraphs += LeadFill.lines(email.bodyLines, values: values).map { .indented($0, by: 3) }
        }
        if !signature.isEmpty { paragraphs += [.blank] + signature.map { .indented($0, by: 3) } }
        paragraphs.append(.blank)
        return paragraphs
    }
}
