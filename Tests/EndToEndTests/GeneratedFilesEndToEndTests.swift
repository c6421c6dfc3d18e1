import Foundation
import TestSupport
import XCTest

/// What `--generate` prints works where it is installed: `man` renders the page without a
/// warning, and each shell loads its completion and completes with it.
final class GeneratedFilesEndToEndTests: XCTestCase {
    var home: TemporaryDirectory!

    override func setUpWithError() throws {
        home = try TemporaryDirectory()
        // A theme of the user's own, which `--theme` completes beside the shipped ones.
        try FileManager.default.createDirectory(
            atPath: home.path + "/config/puffle-draft/themes", withIntermediateDirectories: true)
        _ = FileManager.default.createFile(
            atPath: home.path + "/config/puffle-draft/themes/solarized.theme", contents: nil)
    }

    private var environment: [String: String] {
        ["HOME": home.path, "XDG_CONFIG_HOME": home.path + "/config", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
    }

    /// The file `--generate kind` prints, written into the test's folder.
    private func generate(_ kind: String, as name: String) throws -> String {
        let result = try Spawn.run([TmuxSession.binary, "--generate", kind], environment: environment)
        XCTAssertEqual(result.status, 0, result.stderr)
        let path = home.path + "/" + name
        try result.stdout.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testManRendersThePageWithoutAWarning() throws {
        let page = try generate("man", as: "puffle-draft.1")
        var environment = environment
        environment["MANWIDTH"] = "100"
        let shown = try Spawn.run(["/usr/bin/man", "--warnings", "-l", page], environment: environment)
        XCTAssertEqual(shown.status, 0)
        XCTAssertEqual(shown.stderr, "", "man's warnings")
        for heading in ["SYNOPSIS", "OPTIONS", "KEYS", "ENVIRONMENT", "FILES", "EXIT STATUS"] {
            XCTAssertTrue(shown.stdout.contains("\n\(heading)\n"), heading)
        }
        // From the key table, as F1 shows it: the save key, the examples' `g`, the lead chooser.
        XCTAssertTrue(shown.stdout.contains("Ctrl-S save: send only the changed fields"), shown.stdout)
        XCTAssertTrue(shown.stdout.contains("--api-key-file PATH"))
    }

    func testBashCompletesOptionsFilesAndThemes() throws {
        let script = try generate("complete-bash", as: "puffle-draft.bash")
        let result = try Spawn.run(
            [
                "/bin/bash", "-c",
                """
                source '\(script)'
                complete -p puffle-draft
                COMP_WORDS=(puffle-draft --theme so); COMP_CWORD=2; _puffle_draft; echo "theme: ${COMPREPLY[*]}"
                COMP_WORDS=(puffle-draft --theme ''); COMP_CWORD=2; _puffle_draft; echo "themes: ${COMPREPLY[*]}"
                COMP_WORDS=(puffle-draft --no-); COMP_CWORD=1; _puffle_draft; echo "flags: ${COMPREPLY[*]}"
                COMP_WORDS=(puffle-draft --generate complete-z); COMP_CWORD=2; _puffle_draft; echo "kind: ${COMPREPLY[*]}"
                """
            ], environment: environment)
        XCTAssertEqual(result.stderr, "")
        XCTAssertEqual(
            result.stdout.split(separator: "\n"),
            [
                "complete -F _puffle_draft puffle-draft", "theme: solarized",
                "themes: default dark light high-contrast mono solarized", "flags: --no-color --no-mouse",
                "kind: complete-zsh"
            ])
    }

    func testZshRegistersTheCompletion() throws {
        let folder = home.path + "/zsh"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let script = try generate("complete-zsh", as: "zsh/_puffle-draft")
        XCTAssertEqual(try Spawn.run(["/usr/bin/zsh", "-n", script]).status, 0, "the script parses")
        let result = try Spawn.run(
            [
                "/usr/bin/zsh", "-f", "-c",
                "fpath=('\(folder)' $fpath); autoload -Uz compinit; compinit -u -D; print -r -- $_comps[puffle-draft]"
            ], environment: environment)
        XCTAssertEqual(result.stdout, "_puffle-draft\n", result.stderr)
    }

    func testFishCompletesOptionsAndThemes() throws {
        let script = try generate("complete-fish", as: "puffle-draft.fish")
        let result = try Spawn.run(
            [
                "/usr/bin/fish", "--no-config", "-c",
                "source '\(script)'; complete -C 'puffle-draft --the'; complete -C 'puffle-draft --theme sol'"
            ], environment: environment)
        XCTAssertEqual(result.stderr, "")
        let lines = result.stdout.split(separator: "\n").map { $0.split(separator: "\t").first.map(String.init) ?? "" }
        XCTAssertEqual(lines, ["--theme", "solarized"])
    }
}
