import DraftApp
import DraftCore
import Foundation
import PuffleAPI
import TerminalUI

/// The shell around the pure core: waits for input, signals, server answers and timers; feeds
/// them to `Update` as actions; runs the effects; draws the view. Only here do time and I/O happen.
@MainActor
final class EventLoop {
    private let terminal: Terminal
    private let service: any PuffleService
    private let inbox: Inbox
    private let glyphs: Glyphs
    private let log: Log
    private let journal: JournalStore
    private let leadChoices: LeadChoiceStore
    private let spelling: SpellService?
    private let words: WordsFile
    private let editorCommand: String
    private let terminalClipboard: Bool
    /// The timers the update set (`Effect.after`), and the action each feeds back when due.
    private var timers: [TimerID: (due: Date, action: Action)] = [:]
    private var exitStatus: (Int32, String?)?
    private let renderCache = RenderCache()

    init(
        terminal: Terminal, service: any PuffleService, inbox: Inbox, glyphs: Glyphs, log: Log,
        journal: JournalStore, leadChoices: LeadChoiceStore, spelling: SpellService?, words: WordsFile,
        editorCommand: String,
        terminalClipboard: Bool
    ) {
        self.spelling = spelling
        self.words = words
        self.leadChoices = leadChoices
        self.terminalClipboard = terminalClipboard
        self.journal = journal
        self.editorCommand = editorCommand
        self.terminal = terminal
        self.service = service
        self.inbox = inbox
        self.glyphs = glyphs
        self.log = log
    }

    /// Runs the program from `state` until it exits. The state is the loop's own local: passed
    /// to the view as it is, where a property of this class would be copied for each frame.
    func run(_ state: consuming AppState, initial effects: [Effect]) -> (Int32, String?) {
        var state = state
        let size = terminal.size
        state.width = size.width
        state.height = size.height
        // The first requests go out before anything is drawn, so no frame delays them. While
        // only "Loading…" would show, the first frame waits a moment for the first answer: a
        // session that comes back at once (the demo, a server nearby) is painted once, not after
        // a frame of chrome that costs as much to draw and holds up the answer's.
        perform(effects)
        var firstFrameBy: Double? = state.screen == .loading ? Terminal.now() + Self.firstFrameGrace : nil
        if firstFrameBy == nil { terminal.draw(ScreenView.render(state, glyphs: glyphs, cache: renderCache)) }
        while exitStatus == nil {
            let (typed, posted) = waitForSomething(orUntil: firstFrameBy)
            var actions: [Action] = []
            // The pipe is read only when it has something: a keystroke costs one read, not two.
            for signal in posted ? inbox.drainSignals() : [] {
                switch signal {
                case SIGHUP, SIGTERM, SIGINT, SIGQUIT:
                    log.write("signal \(signal): leaving")
                    actions.append(.hangUp(signal: signal))
                case SIGWINCH:
                    let size = terminal.refreshSize()
                    actions.append(.input(.resize(width: size.width, height: size.height)))
                case SIGCONT:
                    // After a stop the shell had the terminal in its own mode: take it back whole.
                    terminal.resume()
                    let size = terminal.refreshSize()
                    actions.append(.input(.resize(width: size.width, height: size.height)))
                default: break
                }
            }
            if typed { actions += terminal.readEvents().map(Action.input) }
            if let deadline = terminal.inputDeadline, deadline <= Terminal.now() {
                actions += terminal.expirePendingInput().map(Action.input)
            }
            actions += inbox.take()
            // Only the timers that are due are gathered and put in order: sorting them all would
            // copy every pending action (a whole session, some) at each wake-up.
            let now = Date()
            var due: [(id: TimerID, due: Date)] = []
            for (id, timer) in timers where timer.due <= now { due.append((id, timer.due)) }
            for fired in due.sorted(by: { $0.due < $1.due }) {
                if let timer = timers.removeValue(forKey: fired.id) { actions.append(timer.action) }
            }
            for action in actions where exitStatus == nil {
                perform(Update.apply(action, to: &state))
            }
            if let by = firstFrameBy {
                if state.screen == .loading, Terminal.now() < by { continue }
                firstFrameBy = nil
            } else if actions.allSatisfy(\.leavesScreen) {  // none, or only a journal's timer
                continue
            }
            if exitStatus == nil { terminal.draw(ScreenView.render(state, glyphs: glyphs, cache: renderCache)) }
        }
        return exitStatus!
    }

    /// How long the first frame waits for the first answer, in seconds: too short to notice.
    private static let firstFrameGrace = 0.05

    /// Sleeps in poll(2) until a key, a signal, a server answer, the next timer or `deadline` (a
    /// `Terminal.now()` time); says whether the terminal has input to read (reading it otherwise
    /// would block) and whether the inbox's pipe has a wake-up or a signal in it.
    private func waitForSomething(orUntil deadline: Double?) -> (typed: Bool, posted: Bool) {
        var descriptors = [
            pollfd(fd: terminal.inputDescriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: inbox.readDescriptor, events: Int16(POLLIN), revents: 0)
        ]
        var deadlines = timers.values.map { $0.due.timeIntervalSinceNow }
        if let input = terminal.inputDeadline { deadlines.append(input - Terminal.now()) }
        if let deadline { deadlines.append(deadline - Terminal.now()) }
        let timeout: Int32 = deadlines.min().map { Int32(max(0, min(60, $0) * 1000).rounded(.up)) } ?? -1
        let result = poll(&descriptors, 2, timeout)
        if result > 0, descriptors[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
            // The terminal went away (the SSH connection dropped): as good as SIGHUP.
            log.write("terminal hung up")
            inbox.post(.hangUp(signal: SIGHUP))
            return (false, true)
        }
        guard result > 0 else { return (false, false) }
        return (descriptors[0].revents & Int16(POLLIN) != 0, descriptors[1].revents & Int16(POLLIN) != 0)
    }

    private func perform(_ effects: [Effect]) {
        for effect in effects { perform(effect) }
    }

    private func perform(_ effect: Effect) {
        let service = self.service
        switch effect {
        case .fetchSession(let id, let reason):
            if reason != .poll { log.write("GET session \(id.prefix(8)) (\(reason.logName))") }
            call("GET session \(id.prefix(8))", { () async throws(APIError) in try await service.session(id: id) }) {
                .session($0, for: reason)
            }
        case .listSessions(let campaignID):
            call(
                "GET sessions", { () async throws(APIError) in try await service.listSessions(campaignID: campaignID) }
            ) { .sessionsListed($0) }
        case .loadCampaign(let id):
            call("GET campaign \(id.prefix(8))", { () async throws(APIError) in try await service.campaign(id: id) }) {
                .campaignLoaded($0)
            }
        case .loadRoster(let id, let page, let limit, let reader):
            call(
                "GET leads page \(page)",
                { () async throws(APIError) in try await service.roster(campaignID: id, page: page, limit: limit) }
            ) {
                .rosterLoaded($0, for: reader)
            }
        case .listCampaigns:
            call("GET campaigns", { () async throws(APIError) in try await service.campaigns() }) {
                .campaignsListed($0)
            }
        case .updateNode(let campaignID, let nodeID, let body):
            log.write("PUT node \(nodeID.prefix(8)): \(body.entries.map(\.key).joined(separator: ", "))")
            call(
                "PUT node \(nodeID.prefix(8))",
                { () async throws(APIError) in
                    try await service.updateNode(campaignID: campaignID, nodeID: nodeID, body: body)
                }
            ) { .nodeUpdated($0) }
        case .loadLeadChoice(let id, let campaignID):
            inbox.post(.leadChoiceLoaded(sessionID: id, leadChoices.read(id, campaignID: campaignID)))
        case .saveLeadChoice(let id, let campaignID, let ids):
            do { try leadChoices.write(ids, for: id, campaignID: campaignID) } catch {
                log.write("cannot remember the chosen leads: \(error)")
            }
        case .checkSpelling(let list):
            spelling?.check(list)
        case .suggestSpelling(let word):
            spelling?.suggest(word)
        case .addToWords(let word):
            do { try words.append(word) } catch {
                log.write("cannot add to the words file: \(error)")
                inbox.post(.effectFailed("Cannot add \"\(word)\" to \(words.url.path): \(error.localizedDescription)"))
            }
        case .listJournals:
            inbox.post(.journalsListed(journal.sessionIDs()))
        case .patchSession(let id, let body):
            log.write("PATCH session \(id.prefix(8)): \(body.entries.map(\.key).joined(separator: ", "))")
            call(
                "PATCH session \(id.prefix(8))",
                { () async throws(APIError) in try await service.patchSession(id: id, body: body) }
            ) {
                .saveFinished($0)
            }
        case .startTurn(let id, let request):
            call(
                "POST turn \(id.prefix(8))",
                { () async throws(APIError) in try await service.startTurn(sessionID: id, request: request) }
            ) {
                .taskStarted($0, .chatProcessing)
            }
        case .generateExamples(let id, let request):
            call(
                "POST generate-examples \(id.prefix(8))",
                { () async throws(APIError) in
                    try await service.generateExamples(sessionID: id, request: request)
                }
            ) { .taskStarted($0, .generatingExamples) }
        case .createSession(let campaignID, let nodeID):
            call(
                "POST session",
                { () async throws(APIError) in try await service.createSession(campaignID: campaignID, nodeID: nodeID) }
            ) {
                .sessionCreated($0)
            }
        case .deleteSession(let id):
            call(
                "DELETE session \(id.prefix(8))",
                { () async throws(APIError) in
                    try await service.deleteSession(id: id)
                    return id
                }
            ) { .sessionDeleted($0) }
        case .loadJournal(let id):
            switch journal.read(id) {
            case .none: inbox.post(.journalLoaded(nil))
            case .found(let entry): inbox.post(.journalLoaded(entry))
            case .unreadable(let keptAs, let reason):
                log.write("recovery copy of \(id.prefix(8)) unreadable (\(reason)); kept as \(keptAs ?? "-")")
                inbox.post(.journalLoaded(nil))
                inbox.post(.journalUnreadable(keptAs: keptAs, reason: reason))
            }
        case .writeJournal(let entry):
            do { try journal.write(entry) } catch {
                log.write("cannot write the recovery journal: \(error)")
                inbox.post(.journalFailed("\(error)"))
            }
        case .removeJournal(let id):
            if case .failure(let failure) = journal.remove(id) {
                inbox.post(.journalNotRemoved(sessionID: id, failure))
            }
        case .setAsideJournal(let id):
            inbox.post(.journalSetAside(sessionID: id, journal.setAside(id)))
        case .editExternally(let pane, let text, let editor):
            let editing = "editing the \(pane.name.lowercased()) in \(editor.name)"
            terminal.suspend(notice: "puffle-draft: \(editing); \(editor.howToLeave)")
            let result = ExternalEditor.edit(text, command: editorCommand, pane: pane)
            terminal.resume()
            // Ctrl-C in the editor reached us too; only a hang-up or TERM still counts.
            for signal in inbox.drainSignals() where signal == SIGHUP || signal == SIGTERM {
                inbox.post(.hangUp(signal: signal))
            }
            let size = terminal.size
            inbox.post(.input(.resize(width: size.width, height: size.height)))
            inbox.post(.externalEditFinished(pane, result))
        case .after(let seconds, let action, let id):
            if id == .saveRetry, timers[id] == nil {
                // The first step of the countdown: the whole wait is it plus the seconds still to count.
                var wait = seconds
                if case .saveRetryTick(let left) = action { wait += Double(left) }
                log.write("save failed; trying again in \(Int(wait.rounded(.up))) s")
            }
            timers[id] = (Date().addingTimeInterval(seconds), action)
        case .cancel(let id):
            timers[id] = nil
        case .setTerminalClipboard(let text):
            if terminalClipboard { terminal.setClipboard(text) }
        case .repaintAll:
            terminal.invalidate()
        case .exit(let status, let message):
            exitStatus = (status, message)
        }
    }

    /// Runs one service call off the main thread; its result comes back through the inbox as an
    /// action, and a failure is logged (ids and messages only, never the key).
    private func call<T: Sendable>(
        _ label: String, _ work: @escaping @Sendable () async throws(APIError) -> T,
        then action: @escaping @Sendable (Result<T, APIError>) -> Action
    ) {
        let inbox = self.inbox, log = self.log
        Task.detached {
            let result: Result<T, APIError>
            do throws(APIError) { result = .success(try await work()) } catch { result = .failure(error) }
            if case .failure(let error) = result { log.write("\(label) failed: \(error.message)") }
            inbox.post(action(result))
        }
    }
}
