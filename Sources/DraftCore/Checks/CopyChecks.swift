import Synchronization

/// The copy checks' way in: a subject and a body against a context gives a `CopyReport`.
public enum CopyChecks {
    /// Checks an email's subject and body (an example, an email of the sequence).
    public static func report(subject: String, body: String, context: CopyContext) -> CopyReport {
        let subjectLine = TextBuffer.flatten(subject)
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return CopyReport(
            subject: FieldReport(lines: [subjectLine], field: .subject, context: context),
            body: FieldReport(lines: lines, field: .body, context: context), subjectLine: subjectLine,
            bodyLines: lines, bodyWords: WordCount.words(in: body[...]), context: context)
    }
}

/// The report of the subject and body being edited, kept between keystrokes: an edit re-checks
/// the paragraphs it touched (the buffer says which lines, `TextBuffer.lastChange`) and adjusts
/// the totals, so typing in a long body costs what its paragraph costs. Gives exactly what
/// `CopyChecks.report` would; the state carries it as a cache, shared by copies.
public final class CopyCheckMemo: Sendable {
    private struct Kept {
        var context = -1
        var subject: (revision: Int, report: FieldReport)?
        var body: (revision: Int, report: FieldReport)?
        var whole: (subject: Int, body: Int, report: CopyReport)?
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
            let subjectReport = field(subject, .subject, kept.subject, context)
            let bodyReport = field(body, .body, kept.body, context)
            kept.subject = (subject.revision, subjectReport)
            kept.body = (body.revision, bodyReport)
            let report = CopyReport(
                subject: subjectReport, body: bodyReport, subjectLine: subject.lines[0], bodyLines: body.lines,
                bodyWords: body.counts.words, context: context)
            kept.whole = (subject.revision, body.revision, report)
            return report
        }
    }

    private func field(
        _ buffer: TextBuffer, _ field: CopyField, _ kept: (revision: Int, report: FieldReport)?, _ context: CopyContext
    ) -> FieldReport {
        guard let kept else { return FieldReport(lines: buffer.lines, field: field, context: context) }
        if kept.revision == buffer.revision { return kept.report }
        guard let change = buffer.lastChange, change.before == kept.revision else {
            return FieldReport(lines: buffer.lines, field: field, context: context)
        }
        var report = kept.report
        report.update(
            lines: buffer.lines, replaced: change.replaced, lineDelta: change.lineDelta, field: field, context: context)
        return report
    }
}
