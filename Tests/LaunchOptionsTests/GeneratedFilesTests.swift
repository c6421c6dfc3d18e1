import Foundation
import LaunchOptions
import XCTest

/// The man page and completions come from the option table, as `--help` does: an option added to
/// the table shows up in all of them, and the parser takes it.
final class GeneratedFilesTests: XCTestCase {
    func testGenerateNamesWhatItMakes() {
        XCTAssertEqual(Options.parse(["--generate", "man"]), .generate(.man))
        XCTAssertEqual(Options.parse(["--generate=complete-fish"]), .generate(.completeFish))
        XCTAssertEqual(
            Options.parse(["--generate", "manpage"]),
            .usageError("--generate makes one of: man, complete-bash, complete-zsh, complete-fish; not manpage"))
        XCTAssertEqual(Options.parse(["--generate"]), .usageError("--generate needs a value"))
    }

    func testEveryOptionOfTheTableIsParsedListedAndCompleted() {
        let man = ManPage.render(version: "9.9", keys: [], exitStatuses: [])
        for option in Options.table {
            var arguments = [option.name] + (option.takesValue ? ["x"] : [])
            if option.name != "--campaign" && option.name != "--demo" { arguments.append("s") }
            if case .usageError(let message) = Options.parse(arguments) {
                XCTAssertTrue(option.name == "--generate", "\(arguments): \(message)")
            }
            XCTAssertTrue(Options.usage.contains(option.name), option.name)
            XCTAssertTrue(man.contains(option.name.replacing("-", with: #"\-"#)), option.name)
            for kind in [GeneratedFile.completeBash, .completeZsh] {
                XCTAssertTrue(Completions.script(kind).contains(option.name), "\(kind) \(option.name)")
            }
            XCTAssertTrue(
                Completions.script(.completeFish).contains("-l \(option.name.dropFirst(2)) "), "fish \(option.name)")
        }
    }

    func testAFlagTakesNoValue() {
        XCTAssertEqual(Options.parse(["--demo=yes"]), .usageError("--demo takes no value"))
    }

    func testTheManPageEscapesWhatRoffWouldRead() {
        let man = ManPage.render(
            version: "1.0",
            keys: [
                .init(keys: ["Ctrl-\\"], place: "3 Body", summary: "replace"),
                .init(keys: ["."], place: "3 Body", summary: ".starts a line")
            ], exitStatuses: [])
        XCTAssertTrue(man.contains(#"\fBCtrl\-\e\fR"#), "a backslash is printed, not read")
        XCTAssertTrue(man.contains("\n\\&.starts a line\n"), "a line starting with a dot is text, not a request")
        XCTAssertTrue(man.contains(".SS 3 Body\n"), "keys are grouped by where they work, once per place")
        XCTAssertEqual(man.components(separatedBy: ".SS 3 Body").count, 2)
    }
}
