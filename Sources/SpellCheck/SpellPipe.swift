/// A running `hunspell -a`: words go in one a line, answers with suggestions come back. Asked
/// only for the suggestions of a word the user wants to correct: working them out costs tens of
/// milliseconds a misspelled word, which `SpellList` spares every other word.
public final class SpellPipe {
    private let process: CheckerProcess

    /// Starts `argv` (found on PATH) and reads its banner, so a missing dictionary shows at once.
    public init(_ argv: [String]) throws(SpellFailure) {
        process = try CheckerProcess(argv)
        guard let banner = try? process.readLine(), banner.hasPrefix("@(#)") else {
            process.stop()
            throw .unavailable("\(argv[0]) started without a dictionary for \(argv.last ?? "the language")")
        }
    }

    /// The pid, so a test can kill the checker the way a crash would.
    public var processID: Int32 { process.pid }

    /// Each word's answers, in the order given; a word the checker split yields several.
    public func check(_ words: [String]) throws(SpellFailure) -> [[SpellAnswer]] {
        guard !words.isEmpty else { return [] }
        try process.write(words.map(SpellAnswer.escaped).joined(separator: "\n") + "\n")
        // Each word's answers end with a blank line: read until there is one per word.
        var output = ""
        var ended = 0
        while ended < words.count {
            let line = try process.readLine()
            if line.isEmpty { ended += 1 }
            output += line + "\n"
        }
        return SpellAnswer.replies(output[...])
    }

    /// The checker's suggestions for a word, best first; none for a word it knows.
    public func suggestions(for word: String) throws(SpellFailure) -> [String] {
        for answer in try check([word]).first ?? [] {
            if case .misspelled(_, _, let suggestions) = answer { return suggestions }
        }
        return []
    }

    /// Ends the checker process; words asked about after this get no answer.
    public func stop() { process.stop() }
}
