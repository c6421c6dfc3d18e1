import DraftApp
import Dispatch
import Foundation
import PuffleAPI
import SpellCheck
import Synchronization

/// The spelling checker, off the main loop. Two hunspells: `hunspell -l` says which words are
/// misspelled, for the marks; `hunspell -a`, started at the first F7, works out suggestions for
/// the word the user wants to correct (for every misspelled word that would cost tens of
/// milliseconds each). A verdict checker that dies or hangs is started again once; the second time
/// spelling goes off with one footer line, as it does when there is no checker at all.
final class SpellService: @unchecked Sendable {
    /// Inactive until a moment after the first check is asked for (see `check`); work waits on
    /// it in the order it was asked.
    private let queue = DispatchQueue(label: "puffle-draft.spelling", attributes: .initiallyInactive)
    private let suggestionQueue = DispatchQueue(label: "puffle-draft.suggestions")
    private let language: String
    /// Where the trade's words go as a file for hunspell's `-p`.
    private let tradeWordsFile: URL
    /// That file's path once written (nil inside when it could not be): written when a checker
    /// first starts, off the main thread and after the first paint.
    private let writtenTradeWords = Mutex<String??>(nil)
    private let inbox: Inbox
    private let log: Log
    // Touched on `queue` only.
    private var list: SpellList?
    private var restarted = false
    private var off = false
    // Touched on `suggestionQueue` only.
    private var pipe: SpellPipe?
    /// Touched on the main thread only: whether the queue was set to start.
    private var activated = false

    init(language: String, inbox: Inbox, log: Log, tradeWordsFile: URL) {
        self.language = language
        self.tradeWordsFile = tradeWordsFile
        self.inbox = inbox
        self.log = log
    }

    deinit {
        // libdispatch refuses to release a queue that was never activated.
        if !activated { queue.activate() }
    }

    /// The trade's words file for a checker to start with; nil when it could not be written.
    private var extraWords: String? {
        writtenTradeWords.withLock { written in
            if let written { return written }
            let path = Self.write(TradeWords.dictionaryText, to: tradeWordsFile, log: log)
            written = .some(path)
            return path
        }
    }

    /// Writes the trade's words where hunspell can read them (only when they changed, so two
    /// instances never race on it); the path, or nil with a log line when it cannot be written.
    private static func write(_ text: String, to url: URL, log: Log) -> String? {
        if (try? String(contentsOf: url, encoding: .utf8)) == text { return url.path }
        do {
            try AtomicFile.shared.write(Array(text.utf8), toPath: url.path)
            return url.path
        } catch {
            log.write("spelling: cannot write the trade's words to \(url.path) (\(error)); checking without them")
            return nil
        }
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
            guard let list = self.running() else { return }
            do throws(SpellFailure) {
                self.post(words, try list.misspelled(words))
            } catch {
                self.failed(error, words: words)
            }
        }
    }

    /// The suggestions for one word (F7). A checker that fails gives none, and is started afresh
    /// the next time.
    func suggest(_ word: String) {
        let language = self.language
        suggestionQueue.async {
            do throws(SpellFailure) {
                if self.pipe == nil {
                    let extra = self.extraWords.map { ["-p", $0] } ?? []
                    self.pipe = try SpellPipe(["hunspell", "-a", "-i", "UTF-8", "-d", language] + extra)
                }
                guard let pipe = self.pipe else { return }
                self.inbox.post(.spellingSuggested(word, try pipe.suggestions(for: word)))
            } catch {
                self.log.write("spelling suggestions: \(error.reason)")
                self.pipe?.stop()
                self.pipe = nil
                self.inbox.post(.spellingSuggested(word, []))
            }
        }
    }

    private func running() -> SpellList? {
        if off { return nil }
        if let list { return list }
        do throws(SpellFailure) {
            let list = try SpellList(language: language, extraWords: extraWords)
            self.list = list
            return list
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
        list?.stop()
        list = nil
        guard !restarted else { return stop("\(error.reason), again") }
        restarted = true
        log.write("spelling: \(error.reason); starting the checker again")
        guard let list = running() else { return }
        do throws(SpellFailure) { post(words, try list.misspelled(words)) } catch { failed(error, words: words) }
    }

    private func stop(_ reason: String) {
        off = true
        list?.stop()
        list = nil
        log.write("spelling off: \(reason)")
        inbox.post(.spellingStopped(reason))
    }

    private func post(_ words: [String], _ misspelled: [Bool]) {
        var verdicts: [String: SpellVerdict] = [:]
        for (word, wrong) in zip(words, misspelled) { verdicts[word] = wrong ? .misspelled : .correct }
        inbox.post(.spellingChecked(verdicts))
    }
}

/// The user's words: `$XDG_DATA_HOME/puffle-draft/words`, one a line.
struct WordsFile {
    let url: URL

    func read() -> [String] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
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
