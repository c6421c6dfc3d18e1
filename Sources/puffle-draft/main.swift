import DraftApp
import DraftCore
import Foundation
import LaunchOptions
import PuffleAPI
import TerminalUI

/// Writes one message line to stderr, made safe for the terminal first: a message may quote a
/// server's words (an error string, an id), which must not set the title or the clipboard once
/// the screen is restored.
func printError(_ message: String) {
    let lines = message.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.safe(String($0)) }
    FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
}

/// Reads the command line and configuration, builds the service, and runs the screen.
@MainActor
func runProgram() -> Int32 {
    // Only the character type matters (widths, UTF-8); the other categories cost files to load.
    setlocale(LC_CTYPE, "")
    let environment = ProcessInfo.processInfo.environment
    // The key is read from this copy; no child ($EDITOR, the spelling checker) inherits it.
    // Done before any thread starts: unsetenv is not safe beside another thread's getenv.
    // Its bytes in the initial environment block are overwritten too: /proc/PID/environ shows that block.
    if let key = getenv("PUFFLE_API_KEY") { memset(key, 0x78, strlen(key)) }
    unsetenv("PUFFLE_API_KEY")
    let options: Options
    switch Options.parse(Array(CommandLine.arguments.dropFirst())) {
    case .help: print(Options.usage); return ExitStatus.ok
    case .version: print("puffle-draft \(PuffleDraft.version)"); return ExitStatus.ok
    case .generate(.man):
        let keys = KeyTable.bindings.map {
            ManPage.KeyRow(keys: $0.keys.map(\.label), place: $0.context.heading, summary: $0.summary)
        }
        let statuses = ExitStatus.meanings.map { ($0.status, $0.meaning) }
        print(ManPage.render(version: PuffleDraft.version, keys: keys, exitStatuses: statuses), terminator: "")
        return ExitStatus.ok
    case .generate(let kind): print(Completions.script(kind), terminator: ""); return ExitStatus.ok
    case .usageError(let message):
        printError("puffle-draft: \(message); puffle-draft --help lists the options")
        return ExitStatus.usage
    case .run(let parsed): options = parsed
    }
    let paths = Paths(environment: environment)
    let log = Log(url: paths.log)
    do {
        let launch = try Launch.prepare(options: options, environment: environment, paths: paths)
        if let key = launch.apiKey { log.redact(key) }
        if environment["TERM"] == "dumb" {
            throw StartError(
                message:
                    "puffle-draft: this terminal (TERM=dumb) cannot show a full-screen program; "
                    + "use a terminal such as xterm, tmux or screen",
                status: ExitStatus.failure)
        }
        var warnings = launch.warnings
        if !DisplayWidth.localeIsUTF8 {
            warnings.append("the locale is not UTF-8 (set LANG=C.UTF-8): only ASCII is shown correctly")
        }
        warnings = warnings.map(paths.homeRelative)
        for warning in warnings { log.write("warning at start: \(warning)") }
        let inbox = Inbox()
        let terminal: Terminal
        do {
            terminal = try Terminal(
                theme: launch.theme, color: launch.color, mouse: launch.mouse, wakeDescriptor: inbox.writeDescriptor)
        } catch {
            throw StartError(message: "puffle-draft: \(error)", status: ExitStatus.failure)
        }
        var state = AppState(sessionID: launch.sessionID, width: 80, height: 24)
        state.leads = launch.leads
        state.sequenceFromFile = launch.sequenceFromFile
        state.copyChecks = launch.copyChecks
        let words = WordsFile(url: paths.words)
        let yours = words.read()
        let spelling = launch.spellLanguage.map {
            SpellService(language: $0, inbox: inbox, log: log, tradeWordsFile: paths.tradeWords)
        }
        state.spelling = SpellState(enabled: spelling != nil, yours: Set(yours))
        let editorCommand = ExternalEditor.command(environment: environment, configured: launch.configuredEditor)
        state.externalEditor = ExternalEditor.description(of: editorCommand, path: environment["PATH"] ?? "")
        let initial: [Effect] =
            if let id = launch.sessionID {
                [.fetchSession(id: id, reason: .open)]
            } else if let id = launch.campaignID {
                Update.openList(campaignID: id, state: &state)
            } else {
                Update.openCampaigns(state: &state)
            }
        state.diffLegend = launch.color ? terminal.look.diffLegend : .textMarks
        state.warnAtStart(warnings)
        log.write(
            "start \(PuffleDraft.version) "
                + (launch.sessionID.map { "session \($0.prefix(8))" }
                    ?? (launch.campaignID == nil ? "campaigns" : "list")))
        let loop = EventLoop(
            terminal: terminal, service: launch.service, inbox: inbox,
            glyphs: DisplayWidth.localeIsUTF8 ? .unicode : .ascii, log: log,
            journal: JournalStore(folder: paths.recovery.path), leadChoices: LeadChoiceStore(folder: paths.leadChoices),
            spelling: spelling, words: words,
            editorCommand: editorCommand,
            terminalClipboard: launch.terminalClipboard)
        let (status, message) = loop.run(state, initial: initial)
        terminal.stop()
        if let message { printError(message) }
        log.write("exit \(status)")
        return status
    } catch let error as StartError {
        printError(error.message)
        return error.status
    } catch {
        printError("puffle-draft: \(error)")
        return ExitStatus.failure
    }
}

exit(MainActor.assumeIsolated { runProgram() })
