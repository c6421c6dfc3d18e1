/// The keys of the screens around the sessions: the campaign's list, the campaigns to start
/// from, and the sequence review that Alt-S opens from a session or a list. Part of the one
/// table (`KeyTable.bindings`).
extension KeyTable {
    static let screenBindings: [KeyBinding] = [
        KeyBinding(keys: [.up], context: .picker, command: .selectPrevious, summary: "previous email or session"),
        KeyBinding(
            keys: [.down], context: .picker, command: .selectNext, summary: "next email or session", hint: "next"),
        KeyBinding(
            keys: [.enter], context: .picker, command: .openSelected, summary: "open the session", hint: "open"),
        KeyBinding(
            keys: [.control("r")], context: .picker, command: .reload, summary: "refresh the list", hint: "refresh"),
        KeyBinding(
            keys: [.character("n")], context: .picker, command: .newSession,
            summary: "start the session of an email that has none (without a sequence: asks for its node id)",
            hint: "new"),
        KeyBinding(
            keys: [.character("D")], context: .picker, command: .deleteSelected,
            summary: "delete the session (asks first)", hint: "delete"),
        // Not Esc: Esc cancels everywhere, and a habit must never end the program.
        KeyBinding(keys: [.control("q")], context: .picker, command: .quit, summary: "quit", hint: "quit"),
        KeyBinding(
            keys: [.function(1), .control("g")], context: .picker, command: .help, summary: "help: every key",
            hint: "help"),

        KeyBinding(
            keys: [.alt("s")], context: .session, command: .openSequence,
            summary: "review the whole sequence: every email filled for each lead, checks over the roster"),
        KeyBinding(
            keys: [.character("s"), .alt("s")], context: .picker, command: .openSequence,
            summary: "review the whole sequence", hint: "sequence"),
        KeyBinding(
            keys: [.control("o")], context: .picker, command: .backToList,
            summary: "up to your campaigns (when started without an id)"),

        KeyBinding(keys: [.up], context: .campaigns, command: .selectPrevious, summary: "previous campaign"),
        KeyBinding(keys: [.down], context: .campaigns, command: .selectNext, summary: "next campaign", hint: "next"),
        KeyBinding(keys: [.pageUp], context: .campaigns, command: .pageUp, summary: "page up"),
        KeyBinding(keys: [.pageDown], context: .campaigns, command: .pageDown, summary: "page down"),
        KeyBinding(
            keys: [.enter], context: .campaigns, command: .openSelected, summary: "the campaign's emails and sessions",
            hint: "open"),
        KeyBinding(
            keys: [.character("s"), .alt("s")], context: .campaigns, command: .openSequence,
            summary: "the campaign's sequence review", hint: "sequence"),
        KeyBinding(
            keys: [.character("/")], context: .campaigns, command: .filterCampaigns,
            summary: "only the campaigns whose name holds a text (empty: all)", hint: "filter"),
        KeyBinding(
            keys: [.control("r")], context: .campaigns, command: .reload, summary: "read the campaigns again"),
        KeyBinding(keys: [.control("q")], context: .campaigns, command: .quit, summary: "quit", hint: "quit"),
        KeyBinding(
            keys: [.function(1), .control("g")], context: .campaigns, command: .help, summary: "help: every key",
            hint: "help"),

        KeyBinding(
            keys: [.character("]")], context: .sequence, command: .nextLead,
            summary: "the next lead (after Enter on a coverage line: the next that lacks the variable)",
            hint: "next lead"),
        KeyBinding(
            keys: [.character("[")], context: .sequence, command: .previousLead,
            summary: "the previous lead (or the previous that lacks the variable)", hint: "previous"),
        KeyBinding(
            keys: [.character("/")], context: .sequence, command: .findLead,
            summary: "find a lead by name, company or email", hint: "find lead"),
        KeyBinding(keys: [.up], context: .sequence, command: .selectPrevious, summary: "previous check"),
        KeyBinding(keys: [.down], context: .sequence, command: .selectNext, summary: "next check"),
        KeyBinding(
            keys: [.enter], context: .sequence, command: .openSelected,
            summary: "go to the check: the leads that lack a variable, or the email's text in its session",
            hint: "go to"),
        KeyBinding(keys: [.pageUp], context: .sequence, command: .pageUp, summary: "scroll the emails up"),
        KeyBinding(keys: [.pageDown], context: .sequence, command: .pageDown, summary: "scroll the emails down"),
        KeyBinding(keys: [.home], context: .sequence, command: .scrollHome, summary: "the first email"),
        KeyBinding(
            keys: [.control("r")], context: .sequence, command: .reload,
            summary: "read the campaign and every lead again"),
        KeyBinding(
            keys: [.escape, .control("o")], context: .sequence, command: .leaveSequence,
            summary: "back to where Alt-S was pressed", hint: "back"),
        KeyBinding(keys: [.control("q")], context: .sequence, command: .quit, summary: "quit"),
        KeyBinding(
            keys: [.function(1), .control("g")], context: .sequence, command: .help, summary: "help: every key",
            hint: "help")
    ]
}
