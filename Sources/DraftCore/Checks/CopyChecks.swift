import Synchronization

/// The copy checks' way in: a subject and a body against a context gives a `CopyReport`.
public enum CopyChecks {
    /// Checks an email's subject and body (an example, an email of the sequence).
    public static func report(subject: String, body: String, context: CopyContext) -> CopyReport {
        let subjectLine = TextBuffer.flatten(subject)
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return CopyReport(
            subject: FieldReport(lines: [subjectLine], field: .subject, context: context),
            body: FieldReport(lines: lines, field: .body, context: context),
            subjectWhole: CopyReport.subjectFindings(subjectLine, context: context), bodyLines: lines,
            bodyWords: WordCount.words(in: body[...]),
            signOff: CopyReport.doubleSignature(CopyReport.signOffLines(lines), context: context), context: context)
    }
}

/// The report of the subject and body being edited, kept between keystrokes: an edit re-checks
/// the paragraphs it touched (the buffer says which lines, `TextBuffer.change(since:)`) and adjusts
/// the totals, so typing in a long body costs what its paragraph costs. Gives exactly what
/// `CopyChecks.report` would; the state carries it as a cache, shared by copies.
public final class CopyCheckMemo: Sendable {
    private struct Kept {
        var context = -1
        var subject: (revision: Int, report: FieldReport)?
        var body: (revision: Int, report: FieldReport)?
        /// The subject's findings as a whole, for the subject's revision.
        var subjectWhole: (revision: Int, findings: [CopyFinding])?
        var whole: (subject: Int, body: Int, report: CopyReport)?
        /// The body's last lines as last read for a sign-off, and what they gave.
        var signOff: (lines: [CopyReport.SignOffLine], finding: CopyFinding?)?
    }

    private let kept = Mutex(Kept())

    /// An empty memo.
    public init() {}

    /// The report for the two editors as they are now.
    public func report(subject: TextBuffer, body: TextBuffer, context: CopyContext) -> CopyReport {
        kept.withLock { kept in
            if kept.context != context.revision { kept = Kept(context: context.revision) }
            if let whole = kept.whole, whole.subject == subject.revision, whole.body == body.revision {
                return whole.report
            }
            // The last report shares the fields' paragraphs: let go of it first, so they are
            // changed in place rather than copied (a long body has thousands).
            kept.whole = nil
            Self.bring(&kept.subject, to: subject, .subject, context)
            Self.bring(&kept.body, to: body, .body, context)
            if kept.subjectWhole?.revision != subject.revision {
                kept.subjectWhole = (subject.revision, CopyReport.subjectFindings(subject.lines[0], context: context))
            }
            let tail = CopyReport.signOffLines(body.lines)
            if kept.signOff?.lines != tail { kept.signOff = (tail, CopyReport.doubleSignature(tail, context: context)) }
            let report = CopyReport(
                subject: kept.subject!.report, body: kept.body!.report, subjectWhole: kept.subjectWhole!.findings,
                bodyLines: body.lines, bodyWords: body.counts.words, signOff: kept.signOff!.finding, context: context)
            kept.whole = (subject.revision, body.revision, report)
            return report
        }
    }

    /// Brings a field's kept report up to the buffer: the paragraphs its edits touched are
    /// checked again, in place; a buffer whose edits are not known is checked whole.
    private static func bring(
        _ kept: inout (revision: Int, report: FieldReport)?, to buffer: TextBuffer, _ field: CopyField,
        _ context: CopyContext
    ) {
        guard let revision = kept?.revision else {
            kept = (buffer.revision, FieldReport(lines: buffer.lines, field: field, context: context))
            return
        }
        if revision == buffer.revision { return }
        guard let change = buffer.change(since: revision) else {
            kept = (buffer.revision, FieldReport(lines: buffer.lines, field: field, context: context))
            return
        }
        kept!.report.update(lines: buffer.lines, change: change, field: field, context: context)
        kept!.revision = buffer.revision
    }
}
