import Foundation
import PuffleAPI
import TestSupport
import XCTest

/// The program against the contract fake in its hostile modes, as a user meets it: what reaches
/// stderr, the log, the clipboard, other hosts, the file system and child processes.
final class HostileServerEndToEndTests: EndToEndCase {
    /// Every byte a terminal would act on, bar the line feeds that end lines.
    private func controlBytes(_ bytes: [UInt8]) -> [UInt8] {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F..<0xA0).contains($0.value) }
            .map { UInt8(truncatingIfNeeded: $0.value) }
    }

    private var log: [UInt8] {
        [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: home.path + "/state/puffle-draft/log"))) ?? Data())
    }

    func testAServersErrorTextReachesStderrAndTheLogOnlyMadeVisible() throws {
        let evil = "Gone\u{1B}]52;c;cHduZWQ=\u{07}\u{1B}]0;owned\u{07}\u{9B}2J\u{202E}"
        try server.fault([
            "path_contains": .string(SampleSessions.richID), "mode": "status", "status": 404,
            "message": .string(evil), "times": -1
        ])
        let tmux = try openRich()
        XCTAssertEqual(try tmux.waitForExit(), 1)
        XCTAssertTrue(tmux.stderr.contains("HTTP 404: Gone^[]52;c;cHduZWQ=^G^[]0;owned^G<9B>2J<202E>"), tmux.stderr)
        XCTAssertEqual(controlBytes(Array(tmux.stderr.utf8)), [], "no control byte on stderr")
        XCTAssertTrue(String(decoding: log, as: UTF8.self).contains("^[]52;c;"), "the log names the error")
        XCTAssertEqual(controlBytes(log), [], "no control byte in the log")
    }

    func testARedirectIsRefusedAndTheKeyIsSentOnce() throws {
        // localhost is this same fake under another host name: a followed redirect would show in its log.
        try server.fault([
            "path_contains": .string(SampleSessions.richID), "mode": "redirect", "status": 302,
            "location": .string(
                "http://localhost:\(server.port)/api/campaigns/ai-chat-sessions/\(SampleSessions.richID)"),
            "times": -1
        ])
        let tmux = try openRich()
        XCTAssertEqual(try tmux.waitForExit(), 1)
        XCTAssertTrue(
            tmux.stderr.contains("HTTP 302: the server redirected to http://localhost; puffle-draft never follows"),
            tmux.stderr)
        let sent = try server.requests().filter { $0.authorization != nil }
        XCTAssertEqual(sent.count, 1, "the key went out once, to the base URL: \(sent.map(\.path))")
    }

    func testABrokenIdInTheListIsShownNotOpenedAndNoFileIsWrittenForIt() throws {
        try server.seedCampaign(SampleCampaigns.draft(), prospects: SampleCampaigns.prospects(3))
        let target = home.path + "/planted"
        var broken = SampleSessions.rich().objectValue!
        broken["id"] = .string("../../../../../../../..\(target)")
        broken["title"] = "Looks normal"
        broken["node_id"] = .null
        broken["created_at"] = "2099-01-01T00:00:00Z"  // listed last
        try server.seed(.object(broken))
        let tmux = try launch(["--api-key-file", keyFile, "--campaign", SampleCampaigns.campaignID])
        try tmux.waitFor("broken: its id “../../")
        let before = try server.requests().count
        for _ in 0..<8 { try tmux.send("Down") }
        try tmux.send("Enter")
        try tmux.waitFor("is not a UUID: it cannot be opened")
        try tmux.send("d")
        try tmux.type("typing")
        try tmux.send("C-q")
        _ = try tmux.waitForExit()
        XCTAssertEqual(try server.requests().count, before, "nothing was sent for the broken row")
        XCTAssertFalse(FileManager.default.fileExists(atPath: target + ".json"))
    }

    func testAnEndlessAnswerStopsAtTheCapWithAMessage() throws {
        try FileManager.default.createDirectory(
            atPath: home.path + "/config/puffle-draft", withIntermediateDirectories: true)
        try "max_response_mb = 2\n".write(
            toFile: home.path + "/config/puffle-draft/config", atomically: true, encoding: .utf8)
        let tmux = try openRich()
        try tmux.waitFor("Ops leaders")
        let pid = try tmux.programPID()
        try server.fault([
            "path_contains": .string(SampleSessions.richID), "method": "GET", "mode": "endless", "times": -1
        ])
        // Reloads one after another, each answered by a stream without end.
        for _ in 0..<3 {
            try tmux.send("C-r")
            usleep(700_000)
        }
        try tmux.waitFor("larger than max_response_mb = 2 MB", timeout: 20)
        sleep(2)
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        let peak = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
            .flatMap { $0.split(separator: " ").dropFirst().first }
        // libcurl stops reading past the cap: a few transfers' worth, not the gigabytes a stream sends.
        XCTAssertLessThan(Int(peak ?? "0") ?? .max, 150_000, "peak memory in kB stays near the cap")
        try server.clearFaults()
        try tmux.type("still here")
        try tmux.waitFor("still here")
    }

    func testCopiedServerTextCarriesNoControlsAndChildrenGetNoKey() throws {
        var json = SampleSessions.rich().objectValue!
        json["draft_body"] = "Hi\r\nthere\u{1B}[201~; rm -rf x\u{08}\u{9B}\u{200B} end"
        try server.seed(.object(json))
        let dump = home.path + "/editor-env"
        let script = home.path + "/fake-editor"
        try "#!/bin/sh\nenv > \(dump)\n".write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        // The key from the environment this time, the way Puffle's own CLI takes it.
        let tmux = try launch(
            [SampleSessions.richID],
            extraEnvironment: [
                "PUFFLE_API_KEY": FakeServer.apiKey, "EDITOR": script,
                "VISUAL": ""
            ])
        try tmux.tmux(["set-option", "-g", "set-clipboard", "on"])
        try tmux.waitFor("Hi")
        try tmux.send("M-3", "C-a", "C-c")
        try tmux.waitFor("Copied")
        let copied = try tmux.tmux(["show-buffer"])
        XCTAssertEqual(copied, "Hi\nthere[201~; rm -rf x end")
        let pid = try tmux.programPID()
        let own = try String(contentsOfFile: "/proc/\(pid)/environ", encoding: .utf8)
        XCTAssertFalse(own.contains(FakeServer.apiKey), "gone from the program's own environment once read")
        try tmux.send("C-e")
        try tmux.waitFor("Hi")
        let environment = try String(contentsOfFile: dump, encoding: .utf8)
        XCTAssertTrue(environment.contains("HOME="), "the editor ran")
        XCTAssertFalse(environment.contains(FakeServer.apiKey), "the editor did not get the key")
    }

    func testAStopFromOutsideLeavesTheTerminalCookedAndContinuingRepaints() throws {
        let tmux = try openRich()
        try tmux.waitFor("Ops leaders")
        let pid = try tmux.programPID()
        let tty = try tmux.tmux(["display-message", "-p", "-t", "main", "#{pane_tty}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        func mode() throws -> String { try Spawn.run(["stty", "-F", tty, "-a"]).stdout }
        XCTAssertTrue(try mode().contains("-icanon"), "raw while running")
        kill(pid, SIGTSTP)
        try FileWait.until(timeout: 5) {
            (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8))?
                .split(separator: " ").dropFirst(2).first == "T"
        }
        let stopped = try mode()
        XCTAssertTrue(stopped.contains(" icanon") && stopped.contains(" echo "), "cooked while stopped:\n\(stopped)")
        kill(pid, SIGCONT)
        try FileWait.until(timeout: 5) { (try? mode())?.contains("-icanon") == true }
        try tmux.send("M-1", "End")
        try tmux.type(" back")
        try tmux.waitFor("step 1 back")
    }
}

/// Settings files that cannot be trusted or read are named at start, not skipped in silence.
final class SettingsFileEndToEndTests: EndToEndCase {
    func testAConfigOthersCanWriteAndAThemeThatIsNotUTF8AreReported() throws {
        let folder = home.path + "/config/puffle-draft"
        try FileManager.default.createDirectory(atPath: folder + "/themes", withIntermediateDirectories: true)
        try "theme = broken\n".write(toFile: folder + "/config", atomically: true, encoding: .utf8)
        chmod(folder + "/config", 0o666)
        try Data([0x66, 0x6F, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: folder + "/themes/broken.theme"))
        let tmux = try launch(["--demo"], width: 120)
        // One problem at a time in the footer, its path from ~, and all of them in F1.
        let footer = try tmux.waitFor(" 1 of 3 (F1 lists them): ~/config/puffle-draft/config is writable by others")
        XCTAssertFalse(footer.contains(home.path), "no absolute path in the footer")
        try tmux.send("F1")
        try tmux.waitFor([
            "Found at start", "config is writable by others (mode 666)",
            "~/config/puffle-draft/themes/broken.theme: not UTF-8 text; it is ignored",
            "theme `broken` not found; using the default theme"
        ])
        let log = try String(contentsOfFile: home.path + "/state/puffle-draft/log", encoding: .utf8)
        XCTAssertTrue(log.contains("warning at start: ~/config/puffle-draft/themes/broken.theme"), log)
    }

    func testAConfigFileNamedAsOtherToolsNameThemIsReportedNotIgnored() throws {
        let folder = home.path + "/config/puffle-draft"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "spell = false\n".write(toFile: folder + "/config.toml", atomically: true, encoding: .utf8)
        let tmux = try launch(["--demo"], width: 160)
        try tmux.waitFor(
            "~/config/puffle-draft/config.toml is not read: the settings go in ~/config/puffle-draft/config")
    }

    func testASessionLeavesNoFolderItDoesNotUse() throws {
        let tmux = try openRich()
        try tmux.waitFor("Ops leaders")
        try tmux.send("C-r")
        try tmux.waitFor("Reloaded")
        try tmux.send("C-q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
        let made = Set(try FileManager.default.contentsOfDirectory(atPath: home.path))
        XCTAssertEqual(made.subtracting(["key", "config", "state", "data"]), [], "nothing else in the home folder")
        for folder in ["data", "state"] {
            let inside = (try? FileManager.default.contentsOfDirectory(atPath: home.path + "/" + folder)) ?? []
            XCTAssertEqual(Set(inside).subtracting(["puffle-draft"]), [], "\(folder) holds only our folder")
        }
    }
}
