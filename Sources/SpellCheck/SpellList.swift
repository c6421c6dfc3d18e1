/// A running `hunspell -l`: which words are misspelled, without suggestions. These verdicts are
/// all the marks need, and cost a fraction of `-a`'s, which works out suggestions for every
/// misspelled word (tens of milliseconds each; a screen of names took a third of a second).
///
/// In this mode hunspell buffers its output on a pipe, so it runs under `stdbuf -oL`, and it
/// prints only the misspelled words, so each word is followed by a line holding a made-up word
/// that is always misspelled: its echo ends the word's answer. The made-up word is chosen for each
/// batch so that no word of it contains it: hunspell splits a word where it sees no letter
/// (`abⒶqxzvjkwpqz` is read as `ab` and `qxzvjkwpqz`), and a part that echoed the end of a word
/// would shift every answer after it onto the wrong word.
public final class SpellList {
    static let endOfWord = "qxzvjkwpqz"
    private let process: CheckerProcess

    /// Starts hunspell for a language, with an extra word list (`-p`, the trade's words) if
    /// given; throws when it is not installed or has no dictionary.
    public init(language: String, extraWords: String? = nil) throws(SpellFailure) {
        for program in ["hunspell", "stdbuf"] where !CheckerProcess.isInstalled(program) {
            throw .unavailable("\(program) is not installed")
        }
        process = try CheckerProcess(
            ["stdbuf", "-oL", "hunspell", "-l", "-i", "UTF-8", "-d", language] + (extraWords.map { ["-p", $0] } ?? []))
        // Without the dictionary hunspell quits at once: the first echo shows whether it is there.
        guard (try? process.write(Self.endOfWord + "\n")) != nil, (try? process.readLine()) == Self.endOfWord else {
            process.stop()
            throw .unavailable("hunspell started without a dictionary for \(language)")
        }
    }

    /// The pid, so a test can kill the checker the way a crash would.
    public var processID: Int32 { process.pid }

    /// Whether each word is misspelled, in the order given. A word the checker reads as several
    /// (a hyphenated one) is misspelled when any part is.
    public func misspelled(_ words: [String]) throws(SpellFailure) -> [Bool] {
        let lines = words.map { word in
            String(word.unicodeScalars.filter { $0.properties.generalCategory != .control })
        }
        let end = Self.endMarker(avoiding: lines)
        try process.write(lines.map { $0 + "\n" + end + "\n" }.joined())
        var verdicts: [Bool] = [], wrong = false
        while verdicts.count < words.count {
            let line = try process.readLine()
            if line == end {
                verdicts.append(wrong)
                wrong = false
            } else if !line.isEmpty {
                wrong = true
            }
        }
        return verdicts
    }

    /// A made-up word that no word of the batch contains, so only its own line can echo it.
    static func endMarker(avoiding words: [String]) -> String {
        var marker = endOfWord, round = 0
        while words.contains(where: { $0.lowercased().contains(marker) }) {
            round += 1
            marker = endOfWord + String(repeating: "q", count: round)
        }
        return marker
    }

    /// Ends the checker process.
    public func stop() { process.stop() }
}
