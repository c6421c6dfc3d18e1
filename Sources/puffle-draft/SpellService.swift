import DraftApp
import Dispatch
import Foundation
import SpellCheck

/// The spelling checker, off the main loop: a queue of its own runs `hunspell -a`, asks it about
/// words, and posts the verdicts. A checker that dies or hangs is started again once; the second
/// time spelling goes off with one footer line, as it does when there is no checker at all.
final class SpellService: @unchecked Sendable {
    /// Inactive until a moment after the first check is asked for (see `check`); work waits on
    /// it in the order it was asked.
    private let queue = DispatchQueue(label: "puffle-draft.spelling", attributes: .initiallyInactive)
    private let argv: [String]
    private let language: String
    private let inbox: Inbox
    private let log: Log
    // Touched on `queue` only.
    private var pipe: SpellPipe?
    private var restarted = false
    private var off = false
    private var yours: [String]
    /// Touched on the main thread only: whether the queue was set to start.
    private var activated = false

    init(language: String, yours: [String], inbox: Inbox, log: Log) {
        self.language = language
        argv = ["hunspell", "-a", "-d", language]
        self.yours = yours
        self.inbox = inbox
        self.log = log
    }

    deinit {
        // libdispatch refuses to release a queue that was never activated.
        if !activated { queue.activate() }
    }

    /// The language of `spell_lang`, else of `$LANG` ("de_DE.UTF-8" → "de_DE"), else en_US.
    static func language(configured: String?, environment: [String: String]) -> String {
        if let configured, !configured.isEmpty { return configured }
        let locale = environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LANG"] ?? ""
        let name = String(locale.prefix { $0 != "." && $0 != "@" })
        return name.count >= 2 && name != "C" && name != "POSIX" ? name : "en_US"
    }

    /// The checker starts a moment after the first words to check are asked for, so that loading
    /// its dictionary (longer than the whole first paint) does not compete with drawing the session.
    func check(_ words: [String]) {
        if !activated {
            activated = true
            let queue = self.queue
            DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(150)) { queue.activate() }
        }
        queue.async {
            guard let pipe = self.running() else { return }
            do throws(SpellFailure) {
                self.post(words, try pipe.check(words))
            } catch {
                self.failed(error, words: words)
            }
        }
    }

    /// A word the user added: for the checker now, and for every later start.
    func accept(_ word: String) {
        queue.async {
            self.yours.append(word)
            try? self.pipe?.accept(word)
        }
    }

    private func running() -> SpellPipe? {
        if off { return nil }
        if let pipe { return pipe }
        do throws(SpellFailure) {
            let pipe = try SpellPipe(argv)
            for word in yours { try pipe.accept(word) }
            self.pipe = pipe
            return pipe
        } catch {
            switch error {
            case .unavailable(let reason):
                let package = "hunspell-" + language.lowercased().replacingOccurrences(of: "_", with: "-")
                stop("\(reason); install the Debian packages hunspell and \(package)")
            case .stopped(let reason):
                stop(reason)
            }
        }
        return nil
    }

    private func failed(_ error: SpellFailure, words: [String]) {
        pipe?.stop()
        pipe = nil
        let reason = switch error { case .unavailable(let text), .stopped(let text): text }
        guard !restarted else { return stop("\(reason), again") }
        restarted = true
        log.write("spelling: \(reason); starting the checker again")
        guard let pipe = running() else { return }
        do throws(SpellFailure) { post(words, try pipe.check(words)) } catch { failed(error, words: words) }
    }

    private func stop(_ reason: String) {
        off = true
        pipe?.stop()
        pipe = nil
        log.write("spelling off: \(reason)")
        inbox.post(.spellingStopped(reason))
    }

    private func post(_ words: [String], _ replies: [[SpellAnswer]]) {
        var verdicts: [String: SpellVerdict] = [:]
        for (word, answers) in zip(words, replies) {
            let wrong = answers.first { !$0.isCorrect }
            if case .misspelled(_, _, let suggestions)? = wrong {
                verdicts[word] = .misspelled(suggestions: suggestions)
            } else {
                verdicts[word] = .correct
            }
        }
        inbox.post(.spellingChecked(verdicts))
    }
}

/// The user's words: `$XDG_DATA_HOME/puffle-draft/words`, one a line.
struct WordsFile {
    let url: URL

    func read() -> [String] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func append(_ word: String) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard let handle = FileHandle(forWritingAtPath: url.path) else {
            return try Data((word + "\n").utf8).write(to: url)
        }
        defer { try? handle.close() }
        handle.seekToEndOfFile()
        handle.write(Data((word + "\n").utf8))
    }
}
