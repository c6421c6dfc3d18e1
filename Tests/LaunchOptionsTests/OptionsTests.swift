import LaunchOptions
import XCTest

/// The command line of interface.md, read by the parser itself (the end-to-end tests run the binary).
final class OptionsTests: XCTestCase {
    func testASessionIdOpensTheSession() {
        XCTAssertEqual(Options.parse(["0b1c"]), .run(Options(target: .session("0b1c"))))
    }

    func testValuesComeSeparateOrAfterAnEqualsSign() {
        guard case .run(let options) = Options.parse(["--theme=dark", "--base-url", "http://x", "--no-mouse", "s"])
        else {
            return XCTFail("not a run")
        }
        XCTAssertEqual(options.theme, "dark")
        XCTAssertEqual(options.baseURL, "http://x")
        XCTAssertTrue(options.noMouse)
        XCTAssertFalse(options.noColor)
    }

    func testACampaignOrTheDemo() {
        XCTAssertEqual(Options.parse(["--campaign", "c1"]), .run(Options(target: .campaign("c1"))))
        XCTAssertEqual(Options.parse(["--demo"]), .run(Options(target: .demo(session: nil, campaign: nil))))
        XCTAssertEqual(Options.parse(["--demo", "s1"]), .run(Options(target: .demo(session: "s1", campaign: nil))))
        XCTAssertEqual(
            Options.parse(["--demo", "--campaign", "c1"]),
            .run(Options(target: .demo(session: nil, campaign: "c1"))))
    }

    func testAForgottenCampaignIdIsNotTakenFromTheNextOption() {
        XCTAssertEqual(
            Options.parse(["--campaign", "--demo"]),
            .usageError("--campaign needs a value, not the option --demo"))
        XCTAssertEqual(Options.parse(["--campaign"]), .usageError("--campaign needs a value"))
    }

    func testNoIdOpensTheCampaignsAndTheDemoItsOwn() {
        XCTAssertEqual(Options.parse([]), .run(Options(target: .campaigns)))
        guard case .run(let themed) = Options.parse(["--theme", "dark"]) else { return XCTFail("not run") }
        XCTAssertEqual(themed.target, .campaigns)
        guard case .run(let demo) = Options.parse(["--demo"]) else { return XCTFail("not run") }
        XCTAssertEqual(demo.target, .demo(session: nil, campaign: nil))
    }

    func testMistakesAreSaidInOneLine() {
        XCTAssertEqual(Options.parse(["a", "b"]), .usageError("one session id at most, got 2"))
        XCTAssertEqual(
            Options.parse(["s", "--campaign", "c"]), .usageError("give a session id or --campaign, not both"))
        XCTAssertEqual(
            Options.parse(["--no-colour", "s"]), .usageError("unknown option --no-colour (did you mean --no-color?)"))
        XCTAssertEqual(Options.parse(["--zzzzzzzz", "s"]), .usageError("unknown option --zzzzzzzz"))
    }

    func testAKeyIsNeverTakenFromTheCommandLine() {
        guard case .usageError(let message) = Options.parse(["--api-key", "secret", "s"]) else {
            return XCTFail("a key in argv was accepted")
        }
        XCTAssertFalse(message.contains("secret"))
        XCTAssertTrue(message.contains("--api-key-file"))
    }

    func testHelpAndVersionWinOverEverythingElse() {
        XCTAssertEqual(Options.parse(["s", "--help"]), .help)
        XCTAssertEqual(Options.parse(["-V"]), .version)
    }
}
