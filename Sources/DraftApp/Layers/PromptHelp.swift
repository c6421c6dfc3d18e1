import DraftCore
import PuffleAPI

/// The questions asked at the bottom of the screen, each with the answers it takes, for the help:
/// made from the prompts' own answer lists (`Prompt.answers`), so the help, the footer and a
/// click on an answer never disagree.
enum PromptHelp {
    /// When each question is asked, and one of it to read the answers from.
    static var questions: [(when: String, prompt: Prompt)] {
        let session = try? Session(json: ["id": "00000000-0000-4000-8000-000000000000"])
        let journal = RecoveryJournal(sessionID: "", base: JSONObject(), edits: JSONObject())
        let word = SpellingChoice(
            pane: .body, word: "", range: TextPosition(line: 0, offset: 0)..<TextPosition(line: 0, offset: 0),
            suggestions: ["first suggestion"])
        var questions: [(when: String, prompt: Prompt)] = [
            ("Ctrl-Q with unsaved changes", .unsavedOnQuit(saveWaiting: false)),
            ("Ctrl-Q with only a chat message not sent", .unsavedOnQuit(saveWaiting: false, onlyMessage: true)),
            ("Unsaved edits found at start", .recover(journal)),
            ("Ctrl-S while a task runs", .busySave),
            ("Enter in the composer", .sendTurn("")),
            ("Enter in the composer with unsaved draft edits", .sendTurnWithEdits("")),
            ("g or G: examples", .generateExamples(leads: [], firstBatch: true)),
            ("Enter on an earlier skeleton", .restoreSkeleton(index: 0)),
            ("Ctrl-P with unsaved edits", .saveBeforeApply),
            ("Ctrl-P: the saved draft to the campaign", .applyToCampaign(nodeID: "", body: JSONObject(), place: "")),
            ("Ctrl-O with unsaved changes", .leaveSession()),
            ("F7 on a misspelled word (1–9: suggestions)", .spelling(word)),
            (
                "F8 on a copy finding (F8 again: the next)",
                .copyFinding(
                    CopyFindingChoice(
                        finding: CopyFinding(.trigger, .body, nil, ""), index: 0, total: 1, explanation: ""))
            ),
            ("R on an example", .regenerateExample(lead: Lead(fields: [:]), name: ""))
        ]
        if let session {
            questions.insert(
                ("Ctrl-S when the server changed a field you edited", .conflict(fields: [.title], theirs: session)),
                at: 3)
            questions.append(("D on the campaign's list", .deleteSession(session)))
        }
        return questions
    }

    /// The help's section: each question, then its answers on one line.
    static func lines() -> [StyledLine] {
        var lines: [StyledLine] = [[Span("Questions at the bottom", .label)]]
        for (when, prompt) in questions {
            var answers: StyledLine = []
            for choice in prompt.answers {
                if !answers.isEmpty { answers.append(Span(" · ", .dim)) }
                answers += [Span(String(choice.key), .footerKey), Span(" " + choice.label)]
            }
            lines.append([Span("  " + when, .normal)])
            lines.append([Span("    ")] + answers)
        }
        lines.append([
            Span("  Esc (or c) leaves any question; a find or a replace also takes Enter, F3 and Shift-F3.", .dim)
        ])
        return lines
    }
}
