import XCTest
@testable import DraftCore

/// Each copy rule at its boundary, on the text a copywriter would write.
final class CopyChecksTests: XCTestCase {
    private func rules(
        subject: String = "Quick idea", body: String, _ context: CopyContext = CopyContext()
    ) -> [CopyRule] {
        CopyChecks.report(subject: subject, body: body, context: context).all.map(\.rule)
    }

    private func words(_ count: Int) -> String {
        // Short plain sentences of five words, so only the length can be at fault.
        (0..<count).map { $0 % 5 == 4 ? "go." : "we" }.joined(separator: " ")
    }

    func testBodyLengthAtItsBoundaries() {
        XCTAssertEqual(rules(body: words(49)), [.bodyWords])
        XCTAssertEqual(rules(body: words(50)), [])
        XCTAssertEqual(rules(body: words(125)), [])
        XCTAssertEqual(rules(body: words(126)), [.bodyWords])
        let report = CopyChecks.report(subject: "Hi", body: words(126), context: CopyContext())
        XCTAssertEqual(report.all.first?.detail, "126 words")
        XCTAssertEqual(report.bodyWords, 126)
        var limits = CopyThresholds()
        XCTAssertNil(limits.set("body_words", to: "10-20"))
        XCTAssertEqual(rules(body: words(20), CopyContext(thresholds: limits)), [])
        XCTAssertEqual(rules(body: words(21), CopyContext(thresholds: limits)), [.bodyWords])
    }

    func testAVariableIsOneWord() {
        let body = (["%first_name%", "{{ company }}"] + Array(repeating: "we", count: 48)).joined(separator: " ")
        XCTAssertFalse(rules(body: body + ".").contains(.bodyWords))
        XCTAssertTrue(rules(body: String(body.dropFirst(13)) + ".").contains(.bodyWords))
    }

    func testSubjectLengthInCharactersAndWords() {
        let fifty = String(repeating: "a", count: 50)
        XCTAssertEqual(rules(subject: fifty, body: words(60)), [])
        let long = CopyChecks.report(subject: fifty + "b", body: words(60), context: CopyContext()).all
        XCTAssertEqual(long.map(\.rule), [.subjectCharacters])
        XCTAssertEqual(long[0].range, TextPosition(line: 0, offset: 50)..<TextPosition(line: 0, offset: 51))
        XCTAssertEqual(rules(subject: "one two three four five six seven", body: words(60)), [])
        XCTAssertEqual(rules(subject: "one two three four five six seven eight", body: words(60)), [.subjectWords])
        // Characters are what the eye counts: 50 CJK characters (100 columns, 150 bytes) pass.
        XCTAssertEqual(rules(subject: String(repeating: "界", count: 50), body: words(60)), [])
        XCTAssertEqual(rules(subject: String(repeating: "👋🏽", count: 51), body: words(60)), [.subjectCharacters])
    }

    func testLinksAndShorteners() {
        let one = words(60) + " See https://routewise.example/demo."
        XCTAssertEqual(rules(body: one), [])
        let two = one + " Or www.routewise.example/video"
        let found = CopyChecks.report(subject: "Hi", body: two, context: CopyContext()).all
        XCTAssertEqual(found.map(\.rule), [.links])
        XCTAssertEqual(found[0].detail, "2 links")
        let line = String(two.split(separator: "\n")[0])
        XCTAssertEqual(
            String(line.utf8Slice(found[0].range!.lowerBound.offset..<found[0].range!.upperBound.offset)),
            "www.routewise.example/video")
        XCTAssertEqual(rules(body: words(60) + " Here: bit.ly/3xYz"), [.shortener])
        XCTAssertEqual(rules(body: words(60) + " Here: https://tinyurl.com/abc."), [.shortener])
        // Capitals and exclamation marks inside a link are the link's.
        XCTAssertEqual(rules(body: words(60) + " https://x.example/FREE!NOW"), [])
    }

    func testExclamationMarks() {
        XCTAssertEqual(rules(body: words(60) + " Great!"), [])
        XCTAssertEqual(rules(body: words(60) + " Great! Really!"), [.exclamations])
        XCTAssertEqual(rules(subject: "Hi!", body: words(60) + " Great!"), [.exclamations])
        XCTAssertEqual(rules(body: words(60) + " Great!!"), [.exclamationRun, .exclamations])
        XCTAssertEqual(rules(body: words(60) + " Really?!"), [.exclamationRun])
    }

    func testCapitalsThatShoutAndThoseThatDoNot() {
        XCTAssertEqual(rules(body: words(60) + " Our CRM and TMS fit B2B SaaS teams."), [])
        XCTAssertEqual(rules(body: words(60) + " This is FREE."), [.shouting])
        XCTAssertEqual(rules(body: words(60) + " This is OK."), [], "two letters are not shouting")
        XCTAssertEqual(rules(body: words(60) + " %COMPANY% wins."), [])
        XCTAssertEqual(rules(body: words(60) + " ACME ships."), [.shouting])
        XCTAssertEqual(rules(body: words(60) + " ACME ships.", CopyContext(knownCapitals: ["ACME"])), [])
        XCTAssertEqual(rules(body: words(60) + " ÜBERALL."), [.shouting])
    }

    func testTriggerPhrasesAreWholeWordsCaseBlindAcrossLines() {
        let found = CopyChecks.report(
            subject: "Hi", body: words(60) + " Please Act\nNOW today.", context: CopyContext()
        )
        .all
        XCTAssertEqual(found.map(\.rule), [.trigger, .shouting])
        XCTAssertEqual(found[0].detail, "“act now” (urgency)")
        XCTAssertEqual(found[0].range?.lowerBound.line, 0)
        XCTAssertEqual(found[0].range?.upperBound, TextPosition(line: 1, offset: 3))
        XCTAssertEqual(rules(body: words(60) + " It reacts nowhere."), [], "parts of words do not match")
        XCTAssertEqual(rules(body: words(60) + " We act. Now we go."), [], "nor across a sentence's end")
        XCTAssertEqual(rules(body: words(60) + " It is 100% free."), [.trigger])
        XCTAssertEqual(rules(body: words(60) + " It is risk-free."), [.trigger])
        XCTAssertEqual(rules(body: words(60) + " Don’t hesitate."), [.trigger], "a curly apostrophe is one")
        XCTAssertGreaterThanOrEqual(TriggerPhrases.shipped.count, 150)
    }

    func testTheUsersTriggerFileAddsAndSilences() {
        let list = TriggerPhrases.shipped.applying(userFile: "# mine\nsynergy\n-guaranteed\n")
        XCTAssertTrue(list.contains("Synergy"))
        XCTAssertFalse(list.contains("guaranteed"))
        XCTAssertEqual(list.count, TriggerPhrases.shipped.count)
        let context = CopyContext(triggers: list)
        XCTAssertEqual(rules(body: words(60) + " Synergy, guaranteed.", context), [.trigger])
    }

    func testLongSentences() {
        let twentyFive = (0..<25).map { _ in "we" }.joined(separator: " ") + "."
        XCTAssertEqual(rules(body: words(40) + " " + twentyFive), [])
        let twentySix = "We " + twentyFive
        let found = CopyChecks.report(subject: "Hi", body: words(40) + " " + twentySix, context: CopyContext()).all
        XCTAssertEqual(found.map(\.rule), [.longSentence])
        XCTAssertEqual(found[0].detail, "26 words")
        XCTAssertEqual(rules(body: words(40) + " e.g. " + twentyFive), [.longSentence], "e.g. ends no sentence")
        XCTAssertEqual(rules(body: words(40) + "\nHi\n" + twentyFive), [], "a line's end ends a sentence")
    }

    func testReadingGrade() {
        let plain = Array(repeating: "We plan your routes. You save time.", count: 10).joined(separator: " ")
        XCTAssertEqual(rules(body: plain), [])
        let dense = Array(
            repeating: "Organisational optimisation necessitates comprehensive operational reconfiguration.",
            count: 12
        ).joined(separator: " ")
        let report = CopyChecks.report(subject: "Hi", body: dense, context: CopyContext())
        XCTAssertEqual(report.all.map(\.rule), [.readingGrade])
        XCTAssertGreaterThan(report.grade ?? 0, 8)
        XCTAssertNil(CopyChecks.report(subject: "Hi", body: "Short.", context: CopyContext()).grade)
        XCTAssertEqual(Readability.syllables(in: "make"), 1)
        XCTAssertEqual(Readability.syllables(in: "table"), 2)
        XCTAssertEqual(Readability.syllables(in: "routing"), 2)
    }

    func testASignOffTheSignatureRepeats() {
        let context = CopyContext(signature: "Priya Raman\nRouteWise", senderNames: ["Priya", "Priya Raman"])
        let body = words(60) + "\n\nCheers,\nPriya"
        let found = CopyChecks.report(subject: "Hi", body: body, context: context).all
        XCTAssertEqual(found.map(\.rule), [.doubleSignature])
        XCTAssertEqual(found[0].range?.lowerBound.line, 3)
        XCTAssertEqual(rules(body: words(60) + "\n\nCheers,\n%sender_first%", context), [.doubleSignature])
        XCTAssertEqual(rules(body: body, CopyContext(signature: "RouteWise team", senderNames: ["Priya"])), [])
        XCTAssertEqual(rules(body: words(60) + "\n\nCheers", context), [])
        XCTAssertEqual(rules(body: body, CopyContext(senderNames: ["Priya"])), [], "no signature, no double")
    }

    func testEmptyTextAndTheKinds() {
        XCTAssertEqual(rules(subject: "", body: ""), [], "an empty draft is work not done yet")
        XCTAssertEqual(rules(subject: "", body: " \n", CopyContext(kind: .email)), [.emptySubject, .emptyBody])
        XCTAssertEqual(rules(body: words(60) + " &&hook&& now", CopyContext(kind: .email)), [.leftoverInstruction])
        XCTAssertEqual(rules(body: words(60) + " &&hook&& now"), [], "a draft's instruction is the point")
        XCTAssertEqual(rules(body: words(60) + " — really"), [.emDash])
        let example = CopyContext(kind: .example(filledAtSend: ["sender_first"]))
        let found = CopyChecks.report(
            subject: "Hi %first_name%", body: words(60) + " {{sender_first}}", context: example
        ).all
        XCTAssertEqual(found.map(\.rule), [.unresolved])
        XCTAssertEqual(found[0].field, .subject)
    }

    func testThresholdsFromConfigValues() {
        var limits = CopyThresholds()
        XCTAssertNil(limits.set("subject_chars", to: " 40 "))
        XCTAssertEqual(limits.subjectCharacters, 40)
        XCTAssertEqual(limits.set("links", to: "many"), "links takes a whole number, not `many`; using 1")
        XCTAssertEqual(
            limits.set("body_words", to: "125-50"), "body_words takes a range like 50-125, not `125-50`; using 50-125")
        XCTAssertEqual(limits.links, 1)
        XCTAssertEqual(CopyRule.bodyWords.threshold(limits), "50–125 words")
        XCTAssertEqual(
            CopyFinding(.subjectCharacters, .subject, nil, "64 characters").sentence(limits),
            "subject length: 64 characters · at most 40 characters (subject_chars) · a phone cuts a longer subject")
    }

    /// The memo's re-check of edited paragraphs gives what checking everything gives, edit after edit.
    func testTheKeptReportEqualsAFreshOneAfterEveryEdit() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["Act ", "now", "!", "\n", "\n\n", "FREE ", "we go. ", "https://bit.ly/x ", "—", "%company% "]
        for _ in 0..<40 {
            let memo = CopyCheckMemo()
            let context = CopyContext(signature: "Priya", senderNames: ["Priya"])
            let subject = TextBuffer("Hi there", singleLine: true)
            var body = TextBuffer((0..<40).map { _ in pieces.randomElement(using: &generator)! }.joined())
            for _ in 0..<30 {
                // One to three edits between two looks, as an undo of a typed run makes.
                for _ in 0..<Int.random(in: 1...3, using: &generator) {
                    let line = Int.random(in: 0..<body.lines.count, using: &generator)
                    body.place(TextPosition(line: line, offset: 0), goalColumn: nil)
                    switch Int.random(in: 0..<6, using: &generator) {
                    case 0: body.insert(pieces.randomElement(using: &generator)!)
                    case 1: body.backspace()
                    case 2: body.deleteForward()
                    case 3: body.undo()
                    case 4: body.redo()
                    default: body.insert("\n")
                    }
                }
                let kept = memo.report(subject: subject, body: body, context: context)
                let fresh = CopyChecks.report(subject: subject.text, body: body.text, context: context)
                XCTAssertEqual(kept.all, fresh.all, body.text.debugDescription)
                XCTAssertEqual(kept.count, fresh.count)
                XCTAssertEqual(kept.grade, fresh.grade)
            }
        }
    }

    /// A line of 30 KB (a paste with no line breaks) is checked in pieces, and an edit anywhere
    /// in it, kept piece by piece, gives what checking it whole gives.
    func testALongLineCheckedInPiecesEqualsItCheckedWhole() {
        var generator = SystemRandomNumberGenerator()
        let sentences = [
            "We plan routes. ", "Act now! ", "It is FREE. ", "See https://bit.ly/x now. ", "Really?! ",
            "Teams like yours save hours, e.g. six a week. ", "—an aside— ", "Hi %first_name%. "
        ]
        let line = (0..<900).map { _ in sentences.randomElement(using: &generator)! }.joined()
        let context = CopyContext()
        let whole = ParagraphReport.check([line][...], field: .body, context: context, inPieces: false)
        let pieced = ParagraphReport.check([line][...], field: .body, context: context)
        XCTAssertGreaterThan(pieced.pieces?.count ?? 0, 5, "checked in pieces")
        XCTAssertEqual(pieced.findings.sorted(by: CopyFinding.inReadingOrder), whole.findings)
        XCTAssertEqual(
            [pieced.words, pieced.sentences, pieced.syllables], [whole.words, whole.sentences, whole.syllables])
        let memo = CopyCheckMemo()
        let subject = TextBuffer("Hi", singleLine: true)
        var body = TextBuffer(line)
        let typed = ["x", " ", ".", "!", "A", "now", "\u{2014}"]
        // Runs of typing at one place (one piece edited inside, growing), then a jump elsewhere.
        for round in 0..<120 {
            _ = memo.report(subject: subject, body: body, context: context)
            if round % 8 == 0 {
                let offset = Int.random(in: 0..<body.lines[0].utf8.count, using: &generator)
                body.place(body.position(onLine: 0, atColumn: offset / 2), goalColumn: nil)
            }
            if round % 5 == 0 { body.backspace() } else { body.insert(typed.randomElement(using: &generator)!) }
            let kept = memo.report(subject: subject, body: body, context: context)
            let fresh = CopyChecks.report(subject: "Hi", body: body.text, context: context)
            XCTAssertEqual(kept.all, fresh.all)
            XCTAssertEqual(kept.grade, fresh.grade)
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
                let whole = ParagraphReport.check([edited][...], field: .body, context: context, inPieces: false)
                XCTAssertEqual(
                    kept.findings.sorted(by: CopyFinding.inReadingOrder), whole.findings,
                    "edit \(edit) at a piece's end \(end)")
                XCTAssertEqual(
                    [kept.words, kept.sentences, kept.syllables], [whole.words, whole.sentences, whole.syllables],
                    "edit \(edit) at a piece's end \(end)")
            }
        }
    }

    /// A long line with no sentence end (a list of words) is cut between words all the same, and
    /// what runs across the cuts comes out as checking it whole gives: the one long sentence, its
    /// word count, and trigger phrases that straddle a cut, edit after edit anywhere in it.
    func testALongLineWithNoSentenceEndIsCutAndGivesWhatTheWholeLineGives() {
        var generator = SystemRandomNumberGenerator()
        let words = ["route", "plan", "and", "FREE", "act", "now", "100%", "free", "click", "here", "%company%", "—"]
        let line = (0..<4000).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
        let context = CopyContext()
        let whole = ParagraphReport.check([line][...], field: .body, context: context, inPieces: false)
        let pieced = ParagraphReport.check([line][...], field: .body, context: context)
        XCTAssertGreaterThan(pieced.pieces?.count ?? 0, 5, "checked in pieces")
        XCTAssertEqual(whole.sentences, 1)
        XCTAssertEqual(whole.findings.filter { $0.rule == .longSentence }.map(\.detail), ["\(whole.words) words"])
        XCTAssertTrue(whole.findings.contains { $0.rule == .trigger })
        XCTAssertEqual(pieced.findings.sorted(by: CopyFinding.inReadingOrder), whole.findings)
        XCTAssertEqual(
            [pieced.words, pieced.sentences, pieced.syllables], [whole.words, whole.sentences, whole.syllables])
        let memo = CopyCheckMemo()
        let subject = TextBuffer("Hi", singleLine: true)
        var body = TextBuffer(line)
        let typed = ["x", " ", "click", " here", ".", "now ", "act", "!", "\u{2014}", "www.a.com "]
        for round in 0..<100 {
            _ = memo.report(subject: subject, body: body, context: context)
            if round % 6 == 0 {
                // Now and then right at a cut, where the sentence and the phrases run across.
                let report = memo.report(subject: subject, body: body, context: context)
                let cuts = report.body.paragraphs[0].report.pieces?.dropFirst().map(\.bytes.lowerBound) ?? []
                let bytes = Array(body.lines[0].utf8)
                var offset =
                    round % 12 == 0 && !cuts.isEmpty
                    ? cuts.randomElement(using: &generator)! + Int.random(in: -8...8, using: &generator)
                    : Int.random(in: 0..<bytes.count, using: &generator)
                offset = min(max(0, offset), bytes.count)
                while offset > 0, offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
                body.place(TextPosition(line: 0, offset: offset), goalColumn: nil)
            }
            if round % 5 == 0 { body.backspace() } else { body.insert(typed.randomElement(using: &generator)!) }
            let kept = memo.report(subject: subject, body: body, context: context)
            let fresh = CopyChecks.report(subject: "Hi", body: body.text, context: context)
            XCTAssertEqual(kept.all, fresh.all, "round \(round)")
            XCTAssertEqual(kept.grade, fresh.grade, "round \(round)")
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
            XCTAssertEqual(
                report.findings.sorted(by: CopyFinding.inReadingOrder),
                ParagraphReport.check([line][...], field: .body, context: context, inPieces: false).findings)
            guard
                let cut = report.pieces?.dropFirst().map(\.bytes.lowerBound).first(where: {
                    line.utf8Slice($0..<($0 + next.utf8.count)) == next
                })
            else { return XCTFail("no cut before “\(next)” in \(unit)") }
            let edit = (cut + at)..<(cut + at + replaced)
            var edited = line
            edited.replaceSubrange(edited.utf8Index(edit.lowerBound)..<edited.utf8Index(edit.upperBound), with: typed)
            report.update(line: edited, edit: edit, inserted: typed.utf8.count, field: .body, context: context)
            let whole = ParagraphReport.check([edited][...], field: .body, context: context, inPieces: false)
            XCTAssertEqual(whole.findings.filter { $0.rule == .trigger }.count, 1, unit)
            XCTAssertEqual(report.findings.sorted(by: CopyFinding.inReadingOrder), whole.findings, unit)
        }
    }

    /// A piece whose first word becomes part of a link (here one whose `?` ends the sentence
    /// before it, as the line whole reads it) no longer starts with a word: it and the pieces
    /// beside it are cut again, and the sentences come out as checking the line whole gives.
    func testAPieceWhoseFirstWordBecomesALinkIsCutAgain() {
        let context = CopyContext()
        let line = String(repeating: "www plain word ", count: 700)
        var report = ParagraphReport.check([line][...], field: .body, context: context)
        guard
            let cut = report.pieces?.dropFirst().map(\.bytes.lowerBound).first(where: {
                line.utf8Slice($0..<($0 + 3)) == "www"
            })
        else { return XCTFail("no cut before “www”") }
        let typed = ".a.com/?q=1"
        var edited = line
        edited.insert(contentsOf: typed, at: edited.utf8Index(cut + 3))
        report.update(
            line: edited, edit: (cut + 3)..<(cut + 3), inserted: typed.utf8.count, field: .body, context: context)
        let whole = ParagraphReport.check([edited][...], field: .body, context: context, inPieces: false)
        XCTAssertEqual(whole.sentences, 2)
        XCTAssertEqual(report.sentences, whole.sentences)
        XCTAssertEqual(report.findings.sorted(by: CopyFinding.inReadingOrder), whole.findings)
    }
}
