import Foundation

/// Stands in for the framework LLM in the demo: plausible, deterministic answers, so the demo
/// shows what a real session does (clarifying questions first, then a skeleton and a draft,
/// then revisions that push the old draft into the history).
enum DemoLLM {
    static func answerTurn(into session: inout Session, request: JSONValue, at time: String) {
        let message = request["message"]?.stringValue ?? ""
        var messages = session[.messages].arrayValue ?? []
        messages.append(ChatMessage(role: "user", content: message).json)
        let reply: String
        if session.skeleton == nil && messages.count < 3 {
            reply =
                "Before I draft anything: who is the email for, and what single result can we promise them? "
                + "A number from a real customer works best."
        } else if session.skeleton == nil {
            session[.skeleton] = structuredSkeleton(topic: message)
            session.draftSubject = "%first_name%, a question about %company%"
            session.draftBody =
                "Hi %first_name%,\n\n&&One sentence tying the lead's headline to: \(clip(message))&&\n\n"
                + "We help teams like yours get there faster.\n\nWorth a short chat?\n\n%sender_first%"
            session[.frameworkVersion] = .number(JSONNumber((session.frameworkVersion ?? 0) + 1))
            reply =
                "Here is a framework: a hook from the lead's headline, one proof point, a soft ask. "
                + "I drafted the subject and body from it."
        } else {
            var revision = DemoRevision(subject: session.draftSubject ?? "", body: session.draftBody ?? "")
            revision.apply(message)
            let changed = revision.subject != session.draftSubject ?? "" || revision.body != session.draftBody ?? ""
            if changed {
                var history = session[.draftHistory].arrayValue ?? []
                history.append([
                    "subject": JSONValue(session.draftSubject), "body": JSONValue(session.draftBody),
                    "created_at": .string(time)
                ])
                session[.draftHistory] = .array(history)
                session.draftSubject = revision.subject
                session.draftBody = revision.body
                session[.frameworkVersion] = .number(JSONNumber((session.frameworkVersion ?? 0) + 1))
            }
            reply =
                revision.notes.isEmpty
                ? DemoRevision.unknownRequest
                : revision.notes.joined(separator: " ")
                    + (changed ? " The previous version is in the draft history." : "")
        }
        messages.append(ChatMessage(role: "assistant", content: reply).json)
        session[.messages] = .array(messages)
    }

    static func generateExamples(into session: inout Session, request: JSONValue) {
        let leads = (request["leads"]?.arrayValue ?? []).map(Lead.init(json:))
        let subject = session.draftSubject ?? session.skeleton?["subject"]?.stringValue ?? ""
        let body = session.draftBody ?? session.skeleton?["body"]?.stringValue ?? ""
        let examples: [JSONValue] = leads.enumerated().map { index, lead in
            let filledBody = fillInstructions(in: body, lead: lead)
            return [
                // Traced back to the roster by the id sent with the lead, as Puffle does.
                "lead_id": .string(lead.fields["id"] ?? String(format: "0a1b2c3d-2222-4a2b-8c3d-%012d", index + 1)),
                "subject": .string(TemplateRenderer.render(subject, lead: lead).text),
                "body": .string(TemplateRenderer.render(filledBody, lead: lead).text)
            ]
        }
        let first = request["isFirstBatch"] != .bool(false)
        let existing = first ? [] : (session[.generatedExamples].arrayValue ?? [])
        session[.generatedExamples] = .array(existing + examples)
    }

    private static func structuredSkeleton(topic: String) -> JSONValue {
        [
            "subject": "%first_name%, a question about %company%",
            "body": "Hi %first_name%,\n\n&&Hook from the headline&&\n\n{proof}\n\n{soft ask}\n\n%sender_first%",
            "blocks": [
                [
                    "name": "hook", "strategy": "Open on the lead's headline.",
                    "personalization": [
                        "fields": ["headline"], "approach": "Paraphrase it as a problem we solve.",
                        "fallback": "Name their role's usual pain."
                    ]
                ],
                [
                    "name": "proof", "strategy": .string("One concrete result: \(clip(topic))"),
                    "personalization": ["fields": [], "approach": "Same for every lead.", "fallback": "—"]
                ],
                [
                    "name": "soft ask", "strategy": "A question, not a meeting request.",
                    "personalization": [
                        "fields": ["company"], "approach": "Name the company.", "fallback": "Worth a chat?"
                    ]
                ]
            ],
            "exampleSubject": "Maya, a question about Brightline Logistics",
            "exampleBody": "Hi Maya,\n\nScaling last-mile delivery is hard.\n\nWorth a short chat?\n\nSam"
        ]
    }

    /// `&&instruction&&` becomes one sentence built from the lead, as the real generator would write.
    private static func fillInstructions(in body: String, lead: Lead) -> String {
        var result = ""
        var parts = body.components(separatedBy: "&&")
        if parts.count % 2 == 0 { parts[parts.count - 2] += "&&" + parts.removeLast() }
        for (i, part) in parts.enumerated() {
            if i % 2 == 0 { result += part; continue }
            if let headline = lead.fields["headline"] {
                result += "\(headline), which is exactly where route planning starts to hurt."
            } else {
                result += "Growing \(lead.fields["company"] ?? "a team") makes every hour of planning count."
            }
        }
        return result
    }

    private static func clip(_ s: String) -> String {
        let line = s.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return line.count > 60 ? String(line.prefix(59)) + "…" : line
    }
}
