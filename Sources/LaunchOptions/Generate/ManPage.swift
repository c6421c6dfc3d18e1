/// The man page, in roff, made from the option table (`--help`'s) and the key table (F1's) so
/// it cannot fall behind either. `puffle-draft --generate man` prints it.
public enum ManPage {
    /// One row of the key table as the man page lists it.
    public struct KeyRow: Equatable, Sendable {
        /// The keys, as F1 writes them (`Ctrl-S`, `Alt-1`).
        public var keys: [String]
        /// Where they work (`Anywhere`, `3 Body`): rows are grouped under it.
        public var place: String
        /// What they do.
        public var summary: String

        /// A row from its parts.
        public init(keys: [String], place: String, summary: String) {
            self.keys = keys
            self.place = place
            self.summary = summary
        }
    }

    /// The whole page for a version, the key table's rows and the exit statuses with their meanings.
    public static func render(version: String, keys: [KeyRow], exitStatuses: [(Int32, String)]) -> String {
        var page = [
            #".TH PUFFLE-DRAFT 1 "" "puffle-draft \#(escape(version))" "User Commands""#,
            // File names and options are not to be hyphenated across lines: they are copied.
            ".nh",
            ".SH NAME",
            #"puffle-draft \- a terminal draft editor for Puffle's campaign AI chat sessions"#,
            ".SH SYNOPSIS",
            #".B puffle-draft"#, #"[\fIOPTIONS\fR]"#, ".br",
            #".B puffle-draft"#, #"[\fIOPTIONS\fR] \fISESSION_ID\fR"#, ".br",
            #".B puffle-draft"#, #"[\fIOPTIONS\fR] \fB\-\-campaign\fR \fIID\fR"#, ".br",
            #".B puffle-draft"#, #"\fB\-\-demo\fR [\fISESSION_ID\fR | \fB\-\-campaign\fR \fIID\fR]"#, ".br",
            #".B puffle-draft"#, #"\fB\-\-help\fR | \fB\-\-version\fR | \fB\-\-generate\fR \fIKIND\fR"#,
            ".SH DESCRIPTION"
        ]
        page += paragraphs(description)
        page.append(".SH OPTIONS")
        for option in Options.table {
            let names = [option.short, option.name].compactMap { $0 }.map { #"\fB"# + escape($0) + #"\fR"# }
            let value = option.metavar.map { #" \fI"# + escape($0) + #"\fR"# } ?? ""
            page += [".TP", names.joined(separator: ", ") + value, escape(option.summary.joined(separator: " "))]
        }
        page.append(".SH KEYS")
        page += paragraphs(["Press F1 inside for this table; the footer shows the keys of the pane in focus."])
        var place: String?
        page.append(".PD 0")  // one line per key: the table is long
        for row in keys {
            if row.place != place {
                page += [".SS " + escape(row.place)]
                place = row.place
            }
            page += [
                ".TP", row.keys.map { #"\fB"# + escape($0) + #"\fR"# }.joined(separator: ", "), escape(row.summary)
            ]
        }
        page.append(".PD")
        for (title, rows) in [
            ("ENVIRONMENT", environment), ("FILES", files), ("EXIT STATUS", exitStatuses.map { (String($0.0), $0.1) })
        ] {
            page.append(".SH " + title)
            for (term, meaning) in rows { page += [".TP", #"\fB"# + escape(term) + #"\fR"#, escape(meaning)] }
        }
        page += [".SH SEE ALSO", #"\fBhunspell\fR(1), \fBtmux\fR(1)"#]
        return page.joined(separator: "\n") + "\n"
    }

    private static let description = [
        "puffle-draft opens a Puffle AI chat session full screen: the chat transcript, the draft's title, "
            + "subject and body, the skeleton, the examples the LLM wrote for each lead and the earlier drafts, "
            + "each in its pane. Edit the draft in place and save it with Ctrl-S as a PATCH of the changed "
            + "fields only; chat with the LLM and ask for examples without leaving the terminal.",
        "Nothing typed is lost: unsaved edits are written to a recovery file as you type and offered back "
            + "at the next start, after a dropped connection, a crash or a network fault. A request that "
            + "costs money (a chat turn, generating examples) is asked about first and never sent twice.",
        "--demo opens an offline workspace with the same behaviour and no account."
    ]

    private static let environment = [
        ("PUFFLE_API_KEY", "the API key, when --api-key-file is not given; removed from the environment at start"),
        ("PUFFLE_API_BASE_URL", "the API base, when --base-url is not given"),
        ("NO_COLOR", "set to anything: no colours"),
        ("ESCDELAY", "milliseconds to wait after Esc for an Alt-key (default 25)"),
        ("VISUAL, EDITOR", "the editor Ctrl-E opens (then the config's editor, then vi)"),
        ("XDG_CONFIG_HOME, XDG_STATE_HOME, XDG_DATA_HOME", "where the files below live")
    ]

    private static let files = [
        (
            "$XDG_CONFIG_HOME/puffle-draft/config",
            "key = value lines: base_url, theme, editor, no_color, timeout, "
                + "max_response_mb, mouse, clipboard, spell, spell_lang, checks and the copy checks' thresholds "
                + "(body_words, subject_chars, subject_words, links, exclamations, sentence_words, reading_grade); "
                + "a bad line or value is reported with its file and line, not fatal"
        ),
        (
            "$XDG_CONFIG_HOME/puffle-draft/trigger-words",
            "your trigger phrases for the copy checks, one a line; -phrase silences a shipped one"
        ),
        ("$XDG_CONFIG_HOME/puffle-draft/credentials", "the API key; refused unless mode 0600"),
        ("$XDG_CONFIG_HOME/puffle-draft/themes/NAME.theme", "your themes; they shadow the shipped ones"),
        (
            "$XDG_STATE_HOME/puffle-draft/recovery/SESSION_ID.json",
            "unsaved edits, removed after a successful save; "
                + "a declined copy is kept as SESSION_ID.json.bak"
        ),
        ("$XDG_STATE_HOME/puffle-draft/leads/SESSION_ID.json", "the sample leads chosen with Alt-L"),
        ("$XDG_STATE_HOME/puffle-draft/log", "diagnostics; never the API key"),
        ("$XDG_STATE_HOME/puffle-draft/trade-words.dic", "the trade's words, written for hunspell -p"),
        ("$XDG_DATA_HOME/puffle-draft/words", "your words for the spelling checker, one a line"),
        ("$XDG_DATA_HOME/puffle-draft/demo/", "the demo workspace; delete it to start over")
    ]

    private static func paragraphs(_ texts: [String]) -> [String] {
        texts.flatMap { [".PP", escape($0)] }
    }

    /// Text made safe for roff: a backslash is printed, a dash is a real minus (options are
    /// copied from the page), and a line never starts with a control character.
    static func escape(_ text: String) -> String {
        var escaped = text.replacing("\\", with: #"\e"#).replacing("-", with: #"\-"#)
        if escaped.hasPrefix(".") || escaped.hasPrefix("'") { escaped = #"\&"# + escaped }
        return escaped
    }
}
