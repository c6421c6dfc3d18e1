import DraftCore
import Glibc
import Synchronization

/// What the checker said of a word. Its suggestions are asked for apart, when the user wants them.
public enum SpellVerdict: Equatable, Sendable {
    case correct
    case misspelled
}

/// Spelling as the app knows it: the checker's verdicts, cached by word for the whole run, the
/// words asked about and not answered yet, and the user's exceptions. The checker itself runs in
/// the shell; this only says which words to ask about and which to mark.
public struct SpellState: Equatable, Sendable {
    /// Whether misspellings are marked: off with `spell = false`, or while the checker cannot run.
    public var enabled: Bool { didSet { revision = Revision.next() } }
    /// What the checker said of each word asked about.
    public private(set) var verdicts: [String: SpellVerdict] = [:]
    /// The checker's suggestions for the words F7 offered, best first.
    public private(set) var suggested: [String: [String]] = [:]
    /// Asked about, no answer yet: not asked again.
    var pending: Set<String> = []
    /// `i` in the suggestions: accepted for this run.
    public private(set) var ignored: Set<String> = []
    /// The user's words (`$XDG_DATA_HOME/puffle-draft/words`).
    public private(set) var yours: Set<String> = []
    /// The campaign's names (its roster's first and last names and companies, the sender's
    /// names, the campaign's name): accepted without asking the checker.
    public private(set) var names: Set<String> = []
    /// The campaign and leads revisions `names` was gathered at.
    var namesFrom: [Int] = []
    /// Changes when what is marked may change (a verdict, an exception), not with every question:
    /// what the render cache keys the fields on. Unique across states, so copies never mix up
    /// their marks in the memo they share.
    public private(set) var revision = Revision.next()
    /// What the screen showed when it was last looked at for words to ask about.
    var lastLook: [Int] = []
    /// Lines whose every word has been asked about: not looked through again.
    var lookedAt: Set<String> = []
    /// The examples' words were asked about for this version of the session.
    var examplesLookedAt: Int?
    /// A fingerprint of each word found misspelled, so the marks of a line look a word up by its
    /// bytes and make a String only for a likely match: a keystroke splits its line again. Empty
    /// while nothing is misspelled, so lines are not split at all.
    private var misspelledPrints: Set<UInt64> = []
    /// The marks of lines as drawn, kept between frames (a cache: see `SpellMarksMemo`).
    let marks = SpellMarksMemo()

    /// Equal when the verdicts and the switch are; caches do not count.
    public static func == (a: SpellState, b: SpellState) -> Bool {
        a.enabled == b.enabled && a.verdicts == b.verdicts && a.suggested == b.suggested && a.pending == b.pending
            && a.ignored == b.ignored && a.yours == b.yours && a.namesFrom == b.namesFrom
            && a.lastLook == b.lastLook && a.lookedAt == b.lookedAt
            && a.examplesLookedAt == b.examplesLookedAt
    }

    /// A spelling state with the user's own words accepted.
    public init(enabled: Bool, yours: Set<String> = []) {
        self.enabled = enabled
        self.yours = yours
    }

    /// Whether a word is known to be misspelled; a word not asked about yet is not.
    public func isMisspelled(_ word: Substring) -> Bool { isMisspelled(utf8: word.utf8) }

    private func isMisspelled(utf8 bytes: some Collection<UInt8>) -> Bool {
        guard misspelledPrints.contains(Self.print(of: bytes)) else { return false }
        let word = String(decoding: bytes, as: UTF8.self)
        guard case .misspelled? = verdicts[word] else { return false }
        return !ignored.contains(word) && !yours.contains(word) && !names.contains(word)
    }

    /// The suggestions for a word; nil until the checker has given them.
    func suggestions(for word: String) -> [String]? { suggested[word] }

    mutating func recordSuggestions(_ suggestions: [String], for word: String) { suggested[word] = suggestions }

    /// Whether a word still needs asking about.
    func isUnknown(_ word: String) -> Bool {
        verdicts[word] == nil && !pending.contains(word) && !yours.contains(word) && !ignored.contains(word)
            && !names.contains(word)
    }

    /// The misspelled words of a line, as byte ranges of it.
    public func misspelledRanges(in text: Substring) -> [Range<Int>] {
        guard enabled, !misspelledPrints.isEmpty else { return [] }
        // Looked up, then made and filed: a closure that made them would capture the whole state,
        // copied for each line on screen at every frame.
        if let kept = marks.ranges(of: text, revision: revision) { return kept }
        var line = text
        let ranges = line.withUTF8 { bytes in
            SpellWords.ranges(in: bytes).filter { isMisspelled(utf8: UnsafeBufferPointer(rebasing: bytes[$0])) }
        }
        marks.file(ranges, of: text, revision: revision)
        return ranges
    }

    /// The misspelled words of the bytes `window` of a long line (a paste with no breaks), as byte
    /// ranges of the line; the window is whole words (`SpellWords.wholeWords`). It is looked up
    /// in segments of about a row, each a copy of its own (a slice would keep the whole line alive
    /// in the memo): the segments an edit did not change are found in the memo, so a keystroke does
    /// not split the whole screen into words.
    public func misspelledRanges(in line: String, within span: Range<Int>) -> [Range<Int>] {
        guard enabled, !misspelledPrints.isEmpty else { return [] }
        var found: [Range<Int>] = []
        // Each segment starts where the last ended, at whitespace, and runs on to the next: a run
        // with no space stays in one segment, however long (it is data, with no words).
        var ends: [Int] = []
        var text = line
        text.withUTF8 { bytes in
            var end = span.lowerBound
            while end < span.upperBound {
                end = min(end + 128, span.upperBound)
                while end < span.upperBound, !SpellWords.isSpace(bytes[end]) { end += 1 }
                ends.append(end)
            }
        }
        var start = span.lowerBound
        for end in ends {
            let segment = String(line.utf8Slice(start..<end))
            found += misspelledRanges(in: segment[...]).map { ($0.lowerBound + start)..<($0.upperBound + start) }
            start = end
        }
        return found
    }

    mutating func record(_ answers: [String: SpellVerdict]) {
        var marked = false
        for (word, verdict) in answers {
            verdicts[word] = verdict
            if case .misspelled = verdict {
                misspelledPrints.insert(Self.print(of: word.utf8))
                marked = true
            }
            pending.remove(word)
        }
        // Words found correct change no mark: the fields are not drawn again for them.
        if marked { revision = Revision.next() }
    }

    /// FNV-1a over a word's bytes. A word whose verdict turns from misspelled to correct keeps its
    /// print: it only costs that word a String now and then.
    private static func print(of bytes: some Collection<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    mutating func ignore(_ word: String) {
        ignored.insert(word)
        revision = Revision.next()
    }

    mutating func addYours(_ word: String) {
        yours.insert(word)
        revision = Revision.next()
    }

    mutating func forgetPending() { pending = [] }

    /// Takes the campaign's names as gathered at `revisions`; the marks change only if they did.
    mutating func accept(names gathered: Set<String>, at revisions: [Int]) {
        namesFrom = revisions
        guard gathered != names else { return }
        names = gathered
        revision = Revision.next()
    }

    /// The same checker and verdicts for the next session (spelling is a setting, not a part of a
    /// session); only the words ignored "for this session" and what was looked at on screen go.
    mutating func leaveSession() {
        ignored = []
        lastLook = []
        lookedAt = []
        examplesLookedAt = nil
        revision = Revision.next()
    }
}

/// The misspelled ranges of lines as last drawn, for one revision of the verdicts: a frame looks
/// up each line on screen instead of splitting it into words again. A new revision starts it
/// afresh, so it only ever gives what splitting now would.
final class SpellMarksMemo: Sendable {
    private struct Storage {
        var revision = -1
        var lines: [LineKey: [Range<Int>]] = [:]
        /// The bytes of the lines kept: each key holds its line's storage, so it is what bounds
        /// the memory (typing into a long paragraph would keep every version of it).
        var bytes = 0
    }

    /// Past this many bytes of lines, the memo starts afresh.
    private static let keptBytes = 1 << 20

    /// A line as a key that hashes a few of its bytes, not all: every line on screen is looked up
    /// on every frame that draws the field. Equality compares every byte: the ranges are byte
    /// offsets, so a line that is the same text in other bytes (a letter and its accent composed
    /// or not) must not share them, as String's own equality would have it.
    private struct LineKey: Hashable {
        let text: Substring

        func hash(into hasher: inout Hasher) {
            hasher.combine(text.utf8.count)
            _ = text.utf8.withContiguousStorageIfAvailable { bytes in
                var head: UInt64 = 0, tail: UInt64 = 0
                for i in 0..<min(8, bytes.count) {
                    head = head << 8 | UInt64(bytes[i])
                    tail = tail << 8 | UInt64(bytes[bytes.count - 1 - i])
                }
                hasher.combine(head)
                hasher.combine(tail)
            }
        }

        static func == (a: LineKey, b: LineKey) -> Bool {
            let x = a.text.utf8, y = b.text.utf8
            guard x.count == y.count else { return false }
            guard !x.isEmpty else { return true }
            // The same storage is the same bytes: a key holds its line, so the line cannot change
            // under it (an edit copies it first). A line not drawn anew is that one.
            let same = x.withContiguousStorageIfAvailable { x in
                y.withContiguousStorageIfAvailable { y in
                    x.baseAddress == y.baseAddress || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0
                }
            }
            // Native strings are contiguous; a bridged one is compared a byte at a time.
            guard case .some(.some(let equal)) = same else { return x.elementsEqual(y) }
            return equal
        }
    }

    private let storage = Mutex(Storage())

    /// The misspelled words' ranges of a line as filed for the spelling's `revision`, if they were.
    func ranges(of line: Substring, revision: Int) -> [Range<Int>]? {
        storage.withLock { storage in
            if storage.revision != revision || storage.bytes > Self.keptBytes {
                storage = Storage(revision: revision)
            }
            return storage.lines[LineKey(text: line)]
        }
    }

    /// Files a line's ranges as found for the spelling's `revision`.
    func file(_ ranges: [Range<Int>], of line: Substring, revision: Int) {
        storage.withLock {
            guard $0.revision == revision else { return }
            $0.lines[LineKey(text: line)] = ranges
            // A slice keeps its whole line alive: count the line, not the slice.
            $0.bytes += line.base.utf8.count
        }
    }
}
