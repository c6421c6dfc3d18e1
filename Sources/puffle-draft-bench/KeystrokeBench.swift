import DraftApp
import DraftCore
import Foundation
import PuffleAPI

/// CPU per keystroke, update plus a render to the in-memory screen, on a small document
/// and on a 1 MB body beside a large transcript, and inside one 100 KB line (a paste without
/// line breaks): the cost must follow the screen.
enum KeystrokeBench {
    static let width = 200, height = 50

    static func state(_ json: JSONValue) -> AppState {
        var state = AppState(sessionID: json["id"]?.stringValue, width: width, height: height)
        _ = Update.apply(.sessionOpened(.success(try! Session(json: json))), to: &state)
        state.focus(.body)
        // The cursor in the middle of the body's middle line, where reflow is heaviest; the
        // warm-up keystrokes scroll it into view.
        let body = state.editors[.body]!
        let line = body.lines.count / 2
        state.editors[.body]!.place(TextPosition(line: line, offset: body.lines[line].utf8.count / 2), goalColumn: nil)
        return state
    }

    /// Microseconds of CPU per operation, averaged over `count` repetitions.
    static func measure(_ state: inout AppState, count: Int, _ step: (Int, inout AppState) -> Void) -> Double {
        let cache = RenderCache()  // as the app draws: panes whose inputs did not change come from the cache
        for i in 0..<20 { step(i, &state); _ = ScreenView.render(state, cache: cache) }  // warm up
        let start = Clock.cpuSeconds()
        for i in 0..<count {
            step(i, &state)
            _ = ScreenView.render(state, cache: cache)
        }
        return (Clock.cpuSeconds() - start) / Double(count) * 1e6
    }

    typealias Step = (Int, inout AppState) -> Void

    static func key(_ k: Key) -> Step { { _, s in _ = Update.apply(.input(.key(k)), to: &s) } }

    /// Name, repetitions, preparation, and the measured keystroke.
    static func operations() -> [(String, Int, (inout AppState) -> Void, Step)] {
        let none: (inout AppState) -> Void = { _ in }
        return [
            ("insert", 1000, none, key(.character("x"))),
            // Text typed beforehand for the backspaces to take away, so the screen stays as full.
            (
                "delete", 1000, { s in for _ in 0..<1100 { _ = Update.apply(.input(.key(.character("w"))), to: &s) } },
                key(.backspace)
            ),
            (
                "cursor move", 1000, none,
                { i, s in _ = Update.apply(.input(.key(i % 2 == 0 ? .right : .left)), to: &s) }
            ),
            // The selection grows and shrinks, and the title's counts of it with it.
            (
                "select", 1000, none,
                { i, s in _ = Update.apply(.input(.key(i % 2 == 0 ? Key.right.shifted : Key.left.shifted)), to: &s) }
            ),
            // Words typed beforehand, one undo step each, so every undo has work to do.
            (
                "undo", 1000,
                { s in for _ in 0..<1100 { for c in "w " { _ = Update.apply(.input(.key(.character(c))), to: &s) } } },
                key(.control("z"))
            )
        ]
    }

    /// A keystroke of a find query in a 10,000-message transcript: every message searched, the
    /// view moved to the first match and the matches marked, in the same frame.
    static func find() {
        var json = BenchInputs.session(messages: 10_000, bodyBytes: 1_000).objectValue!
        var messages = json["messages"]!.arrayValue!
        messages[4_321] = ["role": "user", "content": "The one message that mentions the needle."]
        json["messages"] = .array(messages)
        var s = state(.object(json))
        for key in [Key.alt("4"), .control("f")] + "needl".map(Key.character) {
            _ = Update.apply(.input(.key(key)), to: &s)
        }
        let cost = measure(&s, count: 200) { i, s in
            _ = Update.apply(.input(.key(i % 2 == 0 ? .character("e") : .backspace)), to: &s)
        }
        let frame = ScreenView.render(s)
        let marked = (0..<frame.height).contains { y in
            (0..<frame.width).contains { frame[$0, y].overlay == .matchCurrent }
        }
        var typing = state(.object(json))
        let typingCost = measure(&typing, count: 1000, key(.character("x")))
        Report.line(
            "find keystroke: 10,000 messages", String(format: "%.0f µs", cost),
            baseline: String(format: "typing: %.1f µs", typingCost),
            verdict: Report.verdict(marked, "first match marked in the frame after the keystroke"))
    }

    /// A keystroke typed with spelling on, the checker answering at once: a space after every
    /// five letters, so words are finished and looked up.
    static func spelledTyping(_ i: Int, _ s: inout AppState) {
        let effects = Update.apply(.input(.key(.character(i % 6 == 5 ? " " : "x"))), to: &s)
        for case .checkSpelling(let words) in effects {
            _ = Update.apply(
                .spellingChecked(Dictionary(uniqueKeysWithValues: words.map { ($0, SpellVerdict.correct) })), to: &s)
        }
    }

    /// The session with spelling on and every seventh word of the screen misspelled, so the
    /// screen has marks to draw.
    static func spelled(_ json: JSONValue) -> AppState {
        var s = state(json)
        s.spelling = SpellState(enabled: true)
        for case .checkSpelling(let words) in Update.apply(.input(.key(.character(" "))), to: &s) {
            let verdicts = Dictionary(
                uniqueKeysWithValues: words.enumerated().map { index, word in
                    (word, index % 7 == 0 ? SpellVerdict.misspelled : .correct)
                })
            _ = Update.apply(.spellingChecked(verdicts), to: &s)
        }
        return s
    }

    /// Typing with spelling on: the keystroke budget (a large document costs ≤ 1.5× a small
    /// one) with spelling on, and beside it the same typing with spelling off.
    static func spelling() {
        let small = BenchInputs.session(messages: 10, bodyBytes: 1_000)
        let large = BenchInputs.session(messages: 10_000, bodyBytes: 1_000_000)
        var smallOn = spelled(small), largeOn = spelled(large), largeOff = state(large)
        let smallCost = measure(&smallOn, count: 1000, spelledTyping)
        let largeCost = measure(&largeOn, count: 1000, spelledTyping)
        let offCost = measure(&largeOff, count: 1000, spelledTyping)
        Report.againstSmallBody(
            "keystroke insert, spelling on: 1 MB body, 10,000 messages", largeCost, small: smallCost, budget: 1.5)
        Report.line(
            "spelling's share of a keystroke: 1 MB body", String(format: "%.1f µs", largeCost - offCost),
            baseline: String(format: "spelling off: %.1f µs", offCost), verdict: "")
    }

    /// A paste with no line breaks: one 100 KB line wraps into thousands of rows, and a keystroke
    /// in it must cost what one in a 1 KB body does (only the rows on screen are wrapped), with
    /// spelling and the checks on. Memory must not grow with the words typed into it: the
    /// resident size is read before and after 5,000 more keystrokes.
    static func oneLine() {
        // A paste with no sentence end: the copy checks cut it between words, and join what runs
        // across; a blob with no space at all: they cut it inside its run, spelling skips it.
        let cases: [(name: String, state: AppState)] = [
            ("1 KB body", spelled(BenchInputs.session(messages: 10, bodyBytes: 1_000))),
            ("100 KB line", spelled(BenchInputs.session(messages: 10, bodyBytes: 100_000, oneLine: true))),
            (
                "100 KB line, no sentence end",
                spelled(BenchInputs.session(messages: 10, bodyBytes: 100_000, oneLine: true, sentenceEnds: false))
            ),
            ("100 KB line, no space (a blob)", spelled(BenchInputs.session(blobBytes: 100_000)))
        ]
        var states = cases.map(\.state)
        // Three series each, taken in turn, so that what the process went through before (a
        // larger heap, colder caches) weighs on all alike; each figure is the median.
        var costs = [[Double]](repeating: [], count: cases.count)
        for _ in 0..<3 {
            for index in states.indices { costs[index].append(measure(&states[index], count: 2000, spelledTyping)) }
        }
        let medians = costs.map { $0.sorted()[1] }
        for index in cases.indices.dropFirst() {
            Report.againstSmallBody(
                "keystroke insert, spelling on: one \(cases[index].name)", medians[index], small: medians[0],
                budget: 1.2)
        }
        for index in cases.indices.dropFirst() {
            let before = ProcessMemory.reading().resident
            _ = measure(&states[index], count: 5000, spelledTyping)
            let after = ProcessMemory.reading().resident
            let grown = Double(after - before) / 1_048_576
            Report.line(
                "memory grown by 5,000 more keys: \(cases[index].name)", String(format: "%.1f MB", grown),
                baseline: String(format: "resident %.0f MB", Double(before) / 1_048_576),
                verdict: Report.verdict(grown < 1, "< 1 MB"))
        }
    }

    static func run() {
        let small = BenchInputs.session(messages: 10, bodyBytes: 1_000)
        let larges = [
            ("1 MB body, 10,000 messages", BenchInputs.session(messages: 10_000, bodyBytes: 1_000_000)),
            ("1 MB body, 100,000 messages", BenchInputs.session(messages: 100_000, bodyBytes: 1_000_000))
        ]
        for (label, large) in larges {
            for (name, count, prepare, step) in operations() {
                var a = state(small), b = state(large)
                prepare(&a)
                prepare(&b)
                let smallCost = measure(&a, count: count, step)
                let largeCost = measure(&b, count: count, step)
                Report.againstSmallBody("keystroke \(name): \(label)", largeCost, small: smallCost, budget: 1.5)
            }
        }
    }
}
