import TestSupport
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
        let pasted = String(repeating: "routes ", count: 80) + "by Priya"
        XCTAssertFalse(
            rules(body: words(60) + "\n\n" + pasted, context).contains(.doubleSignature),
            "a long last line is no sign-off")
        XCTAssertTrue(rules(body: words(60) + "\n\nrouted by Priya", context).contains(.doubleSignature))
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

    /// Invisible characters pasted in with the text are found and named, in the subject and the
    /// body; the joiners of emoji and the tags of flags are not.
    func testHiddenCharactersAreFoundAndNamed() {
        let report = CopyChecks.report(
            subject: "Quick\u{200B}idea", body: words(60) + " free\u{00AD}dom \u{202E}txet\u{FEFF}",
            context: CopyContext())
        XCTAssertEqual(report.all.map(\.rule), [.hiddenCharacter, .hiddenCharacter, .hiddenCharacter, .hiddenCharacter])
        XCTAssertEqual(
            report.all.map(\.detail),
            [
                "a zero-width space (U+200B)", "a soft hyphen (U+00AD)", "a direction override (U+202E)",
                "a byte-order mark (U+FEFF)"
            ])
        XCTAssertEqual(report.all[0].field, .subject)
        XCTAssertEqual(report.all[0].range?.lowerBound.offset, 5)
        XCTAssertEqual(report.all[0].range?.upperBound.offset, 8)
        XCTAssertEqual(
            rules(body: words(60) + " 👩‍👩‍👧 🏴󠁧󠁢󠁳󠁣󠁴󠁿 “quoted” café « non » 中文 \u{00A0}"), [],
            "joiners, tags, curly quotes and other non-ASCII text are no finding")
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
        var generator = SeededGenerator(seed: 20_261_206 + 1)
        // With sign-offs ("Priya", a sender variable, blank lines between) so that the memo's
        // reading of the last lines is changed, moved and left alone by turns.
        let pieces = [
            "Act ", "now", "!", "\n", "\n\n", "FREE ", "we go. ", "https://bit.ly/x ", "—", "%company% ",
            "Cheers,\nPriya", "%sender_first%", " \n \n"
        ]
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
}
