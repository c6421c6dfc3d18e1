import Foundation
import PuffleAPI
import TestSupport

/// The keys of editing besides typing, each against vim doing the same in the same run: a long
/// word typed a letter at a time (it grows past the row and wraps as a whole), Backspace, and the
/// cursor moved a word. The draft is the demo's with 12 KB of prose after it, so no series runs
/// out of text; the transcript beside it has 10,000 messages.
extension TerminalBench {
    /// A word of 43 letters, typed again and again with a space after it.
    static let longWord = Array("Pneumonoultramicroscopicsilicovolcanoconios")

    struct EditingKey: Sendable {
        let label: String
        let ours: (setup: [String], key: @Sendable (Int) -> String)
        let vim: (setup: [String], key: @Sendable (Int) -> String)
    }

    static let editingKeys = [
        EditingKey(
            label: "a 43-letter word typed a letter at a time",
            ours: (["M-3", "C-End"], { i in i % 44 == 43 ? "Space" : "text:\(longWord[i % 44])" }),
            vim: (["G", "A"], { i in i % 44 == 43 ? "Space" : "text:\(longWord[i % 44])" })),
        EditingKey(
            label: "Backspace", ours: (["M-3", "C-End"], { _ in "BSpace" }), vim: (["G", "A"], { _ in "BSpace" })),
        EditingKey(
            label: "the cursor moved a word (vim: w)", ours: (["M-3", "C-Home"], { _ in "C-Right" }),
            vim: (["g", "g"], { _ in "w" }))
    ]

    static func editingKeys(binary: String, files: TemporaryDirectory, hasVim: Bool, count: Int) throws {
        let draft = DemoSeed.session(sessionID)?.draftBody ?? ""
        let prose = (0..<120).map { n in
            "Paragraph \(n) says what a team like yours would gain in a week, and how soon it shows. "
                + "It runs on for a second sentence, so that the paragraph wraps over two or three rows."
        }
        let body = ([draft] + prose).joined(separator: "\n\n")
        try body.write(toFile: files.path + "/long-draft.txt", atomically: true, encoding: .utf8)
        let send = { (key: String, tmux: TmuxSession) throws in
            if key.hasPrefix("text:") { try tmux.type(String(key.dropFirst(5))) } else { try tmux.send(key) }
        }
        for key in editingKeys {
            let (us, vim) = try EditorRun.Figures.inTurn(
                {
                    let home = try workspace(messages: 10_000, body: body)
                    return try demo(binary, home).measure(width: 200, height: 50, setup: key.ours.setup, count: count) {
                        tmux, i in try send(key.ours.key(i), tmux)
                    }
                },
                hasVim
                    ? {
                        try TerminalBench.vim("long-draft.txt", in: files, extra: ["-c", "set backspace=2"]).measure(
                            width: 200, height: 50, setup: key.vim.setup, count: count
                        ) { tmux, i in try send(key.vim.key(i), tmux) }
                    } : nil)
            Report.line(
                "\(key.label), 200×50", String(format: "%.0f µs, %.1f B", us.microseconds, us.bytes),
                baseline: vim.map { String(format: "vim %.0f µs, %.0f B", $0.microseconds, $0.bytes) } ?? "",
                verdict: vim.map {
                    String(format: "ratio %.2f ", us.microseconds / $0.microseconds)
                        + Report.verdict(us.microseconds <= $0.microseconds, "CPU ≤ vim")
                } ?? "")
        }
    }
}
