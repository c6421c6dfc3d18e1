/// A running `hunspell -l`: which words are misspelled, without suggestions. These verdicts are
/// all the marks need, and cost a fraction of `-a`'s, which works out suggestions for every
/// misspelled word (tens of milliseconds each; a screen of names took a third of a second).
///
/// In this mode hunspell buffers its output on a pipe, so it runs under `stdbuf -oL`, and it
/// prints only the misspelled words, so each word is followed by a line holding a made-up word
/// that is always misspelled: its echo ends the word's answer.
public final class SpellList {
    static let endOfWord = "qxzvjkwpqz"
    private let process: CheckerProcess

    public init(language: String) throws(SpellFailure) {
        for program in ["hunspell", "stdbuf"] where !CheckerProcess.isInstalled(program) {
            throw .unavailable("\(program) is not installed")
        }
        process = try CheckerProcess(["stdbuf", "-oL", "hunspell", "-l", "-i", "UTF-8", "-d", language])
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
        try process.write(lines.map { ($0 == Self.endOfWord ? "" : $0) + "\n" + Self.endOfWord + "\n" }.joined())
        var verdicts: [Bool] = [], wrong = false
        while verdicts.count < words.count {
            let line = try process.readLine()
            if line == Self.endOfWord {
                verdicts.append(wrong || lines[verdicts.count] == Self.endOfWord)
                wrong = false
            } else if !line.isEmpty {
                wrong = true
            }
        }
        return verdicts
    }

    public func stop() { process.stop() }
}
