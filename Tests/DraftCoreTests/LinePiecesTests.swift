import TestSupport
import XCTest
@testable import DraftCore

/// A long line (a paste with no line breaks) is checked in pieces: whatever the line holds
/// (sentences, a list of words, a blob with no space) and wherever an edit falls, the pieces give
/// what checking the line whole gives.
final class LinePiecesTests: XCTestCase {
    /// The subject every memo here is asked with: only the body is edited.
    private let subject = TextBuffer("Hi", singleLine: true)

    /// A line of 30 KB (a paste with no line breaks) is checked in pieces, and an edit anywhere
    /// in it, kept piece by piece, gives what checking it whole gives.
    func testALongLineCheckedInPiecesEqualsItCheckedWhole() {
        var generator = SeededGenerator(seed: 20_261_206 + 2)
        let sentences = [
            "We plan routes. ", "Act now! ", "It is FREE. ", "See https://bit.ly/x now. ", "Really?! ",
            "Teams like yours save hours, e.g. six a week. ", "—an aside— ", "Hi %first_name%. ",
            "A free\u{200B}dom hid\u{00AD}den. "
        ]
        let line = (0..<900).map { _ in sentences.randomElement(using: &generator)! }.joined()
        let context = CopyContext()
        let pieced = ParagraphReport.check([line][...], field: .body, context: context)
        XCTAssertGreaterThan(pieced.pieces?.count ?? 0, 5, "checked in pieces")
        assertPiecesGiveWhole(pieced, line, context)
        let memo = CopyCheckMemo()
        var body = TextBuffer(line)
        let typed = ["x", " ", ".", "!", "A", "now", "\u{2014}", "\u{200B}"]
        // Runs of typing at one place (one piece edited inside, growing), then a jump elsewhere.
        for round in 0..<120 {
            _ = memo.report(subject: subject, body: body, context: context)
            if round % 8 == 0 {
                let offset = Int.random(in: 0..<body.lines[0].utf8.count, using: &generator)
                body.place(body.position(onLine: 0, atColumn: offset / 2), goalColumn: nil)
            }
            if round % 5 == 0 { body.backspace() } else { body.insert(typed.randomElement(using: &generator)!) }
            assertKeptEqualsFresh(memo, body, context)
        }
    }

    /// Edits at the end of a piece (the full stop that ends it taken away, a letter typed into its
    /// last word or glued after the stop) check the pieces beside it again: the result is what
    /// checking the line whole gives, sentence count included.
    func testAnEditAtAPiecesEndGivesWhatTheWholeLineGives() {
        let line = (0..<400).map { "Sentence \($0) has some words in it. " }.joined()
        let context = CopyContext()
        let report = ParagraphReport.check([line][...], field: .body, context: context)
        let ends = report.pieces!.dropLast().map(\.bytes.upperBound)
        XCTAssertGreaterThan(ends.count, 8)
        for end in ends.prefix(8) {
            for (edit, inserted) in [
                ((end - 2)..<(end - 1), ""), ((end - 3)..<(end - 3), "x"), ((end - 1)..<(end - 1), "x")
            ] {
                var edited = line
                edited.replaceSubrange(
                    edited.utf8Index(edit.lowerBound)..<edited.utf8Index(edit.upperBound), with: inserted)
                var kept = report
                kept.update(line: edited, edit: edit, inserted: inserted.utf8.count, field: .body, context: context)
                assertPiecesGiveWhole(kept, edited, context, "edit \(edit) at a piece's end \(end)")
            }
        }
    }

    /// A long line with no sentence end (a list of words) is cut between words all the same, and
    /// what runs across the cuts comes out as checking it whole gives: the one long sentence, its
    /// word count, and trigger phrases that straddle a cut, edit after edit anywhere in it.
    func testALongLineWithNoSentenceEndIsCutAndGivesWhatTheWholeLineGives() {
        var generator = SeededGenerator(seed: 20_261_206 + 3)
        let words = ["route", "plan", "and", "FREE", "act", "now", "100%", "free", "click", "here", "%company%", "—"]
        let line = (0..<4000).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
        let context = CopyContext()
        let pieced = ParagraphReport.check([line][...], field: .body, context: context)
        XCTAssertGreaterThan(pieced.pieces?.count ?? 0, 5, "checked in pieces")
        let whole = assertPiecesGiveWhole(pieced, line, context)
        XCTAssertEqual(whole.sentences, 1)
        XCTAssertEqual(whole.findings.filter { $0.rule == .longSentence }.map(\.detail), ["\(whole.words) words"])
        XCTAssertTrue(whole.findings.contains { $0.rule == .trigger })
        let memo = CopyCheckMemo()
        var body = TextBuffer(line)
        let typed = ["x", " ", "click", " here", ".", "now ", "act", "!", "\u{2014}", "www.a.com "]
        for round in 0..<100 {
            let cuts = cuts(memo, body, context)
            if round % 6 == 0 {
                // Now and then right at a cut, where the sentence and the phrases run across.
                var offset = Int.random(in: 0..<body.lines[0].utf8.count, using: &generator)
                if round % 12 == 0, let cut = cuts.randomElement(using: &generator) {
                    offset = cut + Int.random(in: -8...8, using: &generator)
                }
                body.place(TextPosition(line: 0, offset: scalarStart(offset, in: body.lines[0])), goalColumn: nil)
            }
            if round % 5 == 0 { body.backspace() } else { body.insert(typed.randomElement(using: &generator)!) }
            assertKeptEqualsFresh(memo, body, context, "round \(round)")
        }
    }

    /// A cut never falls inside a trigger phrase, and typing that makes one run across a cut,
    /// from either side of it, takes the pieces beside it in: the phrase is found as checking the
    /// line whole finds it.
    func testATriggerPhraseAcrossACutIsFound() {
        let context = CopyContext()
        // (the repeated words, the word a piece must start with, where in the line the edit goes
        // relative to that cut, the bytes it replaces, what it types)
        let cases: [(unit: String, next: String, at: Int, replaced: Int, typed: String)] = [
            ("click hre word ", "hre", 1, 0, "e"),  // "click | here": the piece after the cut
            ("gex it now ", "now", -5, 1, "t")  // "get it | now": the piece before it, not its last word
        ]
        for (unit, next, at, replaced, typed) in cases {
            let line = String(repeating: unit, count: 9000 / unit.utf8.count)
            var report = ParagraphReport.check([line][...], field: .body, context: context)
            assertPiecesGiveWhole(report, line, context, unit)
            guard let cut = cut(before: next, in: report, of: line) else {
                return XCTFail("no cut before “\(next)” in \(unit)")
            }
            let edit = (cut + at)..<(cut + at + replaced)
            var edited = line
            edited.replaceSubrange(edited.utf8Index(edit.lowerBound)..<edited.utf8Index(edit.upperBound), with: typed)
            report.update(line: edited, edit: edit, inserted: typed.utf8.count, field: .body, context: context)
            let whole = assertPiecesGiveWhole(report, edited, context, unit)
            XCTAssertEqual(whole.findings.filter { $0.rule == .trigger }.count, 1, unit)
        }
    }

    /// A piece whose first word becomes part of a link (here one whose `?` ends the sentence
    /// before it, as the line whole reads it) no longer starts with a word: it and the pieces
    /// beside it are cut again, and the sentences come out as checking the line whole gives.
    func testAPieceWhoseFirstWordBecomesALinkIsCutAgain() {
        let context = CopyContext()
        let line = String(repeating: "www plain word ", count: 700)
        var report = ParagraphReport.check([line][...], field: .body, context: context)
        guard let cut = cut(before: "www", in: report, of: line) else { return XCTFail("no cut before “www”") }
        let typed = ".a.com/?q=1"
        var edited = line
        edited.insert(contentsOf: typed, at: edited.utf8Index(cut + 3))
        report.update(
            line: edited, edit: (cut + 3)..<(cut + 3), inserted: typed.utf8.count, field: .body, context: context)
        let whole = assertPiecesGiveWhole(report, edited, context)
        XCTAssertEqual(whole.sentences, 2)
    }

    /// A pasted blob with no space at all (an encoded image), even glued to a variable as a paste
    /// at the end of the sign-off makes it, is cut inside its run, at word starts after a byte no
    /// variable's name holds; typing variables, braces, links or spaces anywhere in it, and at
    /// its cuts, gives what checking the line whole gives.
    func testABlobWithNoSpaceIsCutInsideItsRunAndGivesWhatTheWholeLineGives() {
        var generator = SeededGenerator(seed: 20_261_206 + 4)
        let characters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/\u{200B}")
        let blob = String((0..<30_000).map { _ in characters.randomElement(using: &generator)! })
        let line = "Hi %first_name%, see this: %sender_first%" + blob + " thanks"
        let context = CopyContext()
        let pieced = ParagraphReport.check([line][...], field: .body, context: context)
        XCTAssertGreaterThan(pieced.pieces?.count ?? 0, 5, "cut inside the run")
        assertPiecesGiveWhole(pieced, line, context)
        let memo = CopyCheckMemo()
        var body = TextBuffer(line)
        let typed = ["x", ".", "%", "{", " ", "www.", "%company%", "!", "FREE", "{{ ", " }}", "bit.ly/", "http", "_"]
        for round in 0..<100 {
            if round % 4 == 0 {
                let cuts = cuts(memo, body, context)
                let end = body.lines[0].utf8.count
                var offset = Int.random(in: 0..<end, using: &generator)
                if round % 12 == 0 {
                    offset = end  // the line's end, in its last piece
                } else if round % 8 == 0, let cut = cuts.randomElement(using: &generator) {
                    offset = cut + Int.random(in: -4...4, using: &generator)
                }
                body.place(TextPosition(line: 0, offset: scalarStart(offset, in: body.lines[0])), goalColumn: nil)
            }
            if round % 7 == 0 { body.backspace() } else { body.insert(typed.randomElement(using: &generator)!) }
            assertKeptEqualsFresh(memo, body, context, "round \(round)")
        }
    }

    /// "www." typed where a blob starts makes all of it one link, across every cut inside it: the
    /// pieces are cut again (after spaces only), and the words the link holds are not counted.
    func testALinkTypedOverABlobTakesItsCutsAway() {
        let blob = String(repeating: "Abcdefghij+klmnop/", count: 1_000)
        let line = "See this: " + blob + " thanks"
        let context = CopyContext()
        var report = ParagraphReport.check([line][...], field: .body, context: context)
        XCTAssertGreaterThan(report.pieces?.count ?? 0, 5)
        var edited = line
        edited.insert(contentsOf: "www.", at: edited.utf8Index(10))
        report.update(line: edited, edit: 10..<10, inserted: 4, field: .body, context: context)
        let whole = assertPiecesGiveWhole(report, edited, context)
        XCTAssertEqual(whole.links.count, 1)
        XCTAssertEqual(whole.words, 4, "see, this, the link, thanks")
        XCTAssertEqual(report.links.count, 1)
    }

    /// A run of a name's bytes (letters and hyphens) could become one `%variable%` however long:
    /// it is not cut, so `%` typed at its two ends makes the variable the whole line reads.
    func testARunOfNameBytesIsNotCutSoAVariableOverItIsFound() {
        let run = String(repeating: "Routes-and-plans-", count: 700)
        let line = "See " + run + " thanks"
        let context = CopyContext()
        var report = ParagraphReport.check([line][...], field: .body, context: context)
        var edited = line
        for (at, typed) in [(4, "%"), (5 + run.utf8.count, "%")] {
            let before = edited
            edited.insert(contentsOf: typed, at: edited.utf8Index(at))
            if report.pieces != nil {
                report.update(line: edited, edit: at..<at, inserted: 1, field: .body, context: context)
            } else {
                XCTAssertEqual(report, ParagraphReport.check([before][...], field: .body, context: context))
                report = ParagraphReport.check([edited][...], field: .body, context: context)
            }
        }
        let whole = assertPiecesGiveWhole(report, edited, context)
        XCTAssertEqual(whole.words, 3, "see, the variable, thanks")
    }

    /// A long line pasted into a paragraph, with short lines just above and below it, is a
    /// paragraph of its own: typing on the lines beside it, joining and splitting lines, and
    /// typing in it keep the report what checking the text afresh gives.
    func testALongLineInsideAParagraphIsAParagraphOfItsOwn() {
        var generator = SeededGenerator(seed: 20_261_206 + 5)
        let words = ["route", "FREE", "click", "here", "act", "now", "plan", "%company%", "—", "week."]
        let long = (0..<2000).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
        let text = "Hi %first_name%,\nTeams like yours click\n" + long + "\nhere now. PS: act\n\nSam"
        let context = CopyContext()
        let whole = CopyChecks.report(subject: "Hi", body: text, context: context)
        XCTAssertEqual(whole.body.paragraphs.map(\.start), [0, 2, 3, 5], "the long line stands alone")
        let memo = CopyCheckMemo()
        var body = TextBuffer(text)
        // A line break typed in the long line's middle splits it in two long lines; Backspace joins them.
        body.place(TextPosition(line: 2, offset: long.utf8.count / 2 - long.utf8.count / 2 % 2), goalColumn: nil)
        while body.cursor.offset < body.lines[2].utf8.count,
            body.lines[2].utf8Slice(
                (body.cursor.offset)..<(body.cursor.offset + 1)) != " "
        { body.moveRight() }
        for edit in ["\n", nil] {
            assertKeptEqualsFresh(memo, body, context)
            if let edit { body.insert(edit) } else { body.backspace() }
            assertKeptEqualsFresh(memo, body, context, edit == nil ? "joined" : "split")
        }
        let typed = ["x", " ", "now", "\n", "FREE ", "."]
        for round in 0..<80 {
            _ = memo.report(subject: subject, body: body, context: context)
            if round % 3 == 0 {
                let line = Int.random(in: 0..<body.lines.count, using: &generator)
                let end = body.lines[line].utf8.count
                let offset = Bool.random(using: &generator) ? end : Int.random(in: 0...end, using: &generator)
                body.place(TextPosition(line: line, offset: scalarStart(offset, in: body.lines[line])), goalColumn: nil)
            }
            switch round % 9 {
            case 0: body.backspace()
            case 1: body.deleteForward()
            default: body.insert(typed.randomElement(using: &generator)!)
            }
            assertKeptEqualsFresh(memo, body, context, "round \(round)")
            let kept = memo.report(subject: subject, body: body, context: context)
            let fresh = CopyChecks.report(subject: "Hi", body: body.text, context: context)
            XCTAssertEqual(kept.body.paragraphs.map(\.start), fresh.body.paragraphs.map(\.start), "round \(round)")
        }
    }

    // MARK: Helpers

    /// Checks `pieced` (a line's report from its pieces) against the line checked whole: the
    /// same findings and figures. Returns the whole line's report.
    @discardableResult
    private func assertPiecesGiveWhole(
        _ pieced: ParagraphReport, _ line: String, _ context: CopyContext, _ message: String = "",
        file: StaticString = #filePath, line number: UInt = #line
    ) -> ParagraphReport {
        let whole = ParagraphReport.check([line][...], field: .body, context: context, inPieces: false)
        XCTAssertEqual(
            pieced.findings.sorted(by: CopyFinding.inReadingOrder), whole.findings, message, file: file, line: number)
        XCTAssertEqual(
            [pieced.words, pieced.sentences, pieced.syllables], [whole.words, whole.sentences, whole.syllables],
            message, file: file, line: number)
        return whole
    }

    /// Checks the memo's report of the body, as kept through its edits, against a fresh one.
    private func assertKeptEqualsFresh(
        _ memo: CopyCheckMemo, _ body: TextBuffer, _ context: CopyContext, _ message: String = "",
        file: StaticString = #filePath, line: UInt = #line
    ) {
        let kept = memo.report(subject: subject, body: body, context: context)
        let fresh = CopyChecks.report(subject: "Hi", body: body.text, context: context)
        XCTAssertEqual(kept.all, fresh.all, message, file: file, line: line)
        XCTAssertEqual(kept.grade, fresh.grade, message, file: file, line: line)
    }

    /// `offset` kept within the line and moved back to a scalar's start (the texts here have no
    /// combining marks, so that is a character's).
    private func scalarStart(_ offset: Int, in line: String) -> Int {
        let bytes = Array(line.utf8)
        var at = min(max(0, offset), bytes.count)
        while at > 0, at < bytes.count, bytes[at] & 0xC0 == 0x80 { at -= 1 }
        return at
    }

    /// The byte of the first cut of `report` (the pieces of `line`) before `word`.
    private func cut(before word: String, in report: ParagraphReport, of line: String) -> Int? {
        report.pieces?.dropFirst().map(\.bytes.lowerBound).first {
            line.utf8Slice($0..<min(line.utf8.count, $0 + word.utf8.count)) == word
        }
    }

    /// The byte offsets where the body's first line is cut into pieces, as the memo keeps it.
    private func cuts(_ memo: CopyCheckMemo, _ body: TextBuffer, _ context: CopyContext) -> [Int] {
        let report = memo.report(subject: subject, body: body, context: context)
        return report.body.paragraphs[0].report.pieces?.dropFirst().map(\.bytes.lowerBound) ?? []
    }
}
