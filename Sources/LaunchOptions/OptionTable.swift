/// One option of the command line, as data: the parser, `--help`, the man page and the shell
/// completions all read this table, so none of them can list an option the others do not know.
public struct OptionSpec: Equatable, Sendable {
    /// What an option's value is, so a completion can offer the right words.
    public enum Value: Equatable, Sendable {
        /// A file name.
        case path
        /// A URL; nothing to offer.
        case url
        /// A campaign's UUID; nothing to offer.
        case id
        /// One of a few words (the generated files).
        case choice([String])
        /// A theme's name: the shipped ones, and the user's own `.theme` files, looked up by the
        /// shell when it completes.
        case theme
    }

    /// The long name with its dashes (`--theme`).
    public let name: String
    /// The short name (`-h`), if the option has one.
    public let short: String?
    /// The value's name in the usage (`PATH`), or nil for a flag.
    public let metavar: String?
    /// What the value is, for the completions; nil for a flag.
    public let value: Value?
    /// What the option does, one sentence per line as `--help` prints it.
    public let summary: [String]

    /// An option from its parts.
    public init(
        _ name: String, short: String? = nil, _ metavar: String? = nil, _ value: Value? = nil, _ summary: String...
    ) {
        self.name = name
        self.short = short
        self.metavar = metavar
        self.value = value
        self.summary = summary
    }

    /// Whether the option takes a value (`--theme NAME`).
    public var takesValue: Bool { metavar != nil }
}

extension Options {
    /// The built-in themes' names, offered when completing `--theme`.
    public static let builtinThemes = ["default", "dark", "light", "high-contrast", "mono"]

    /// Every option, in the order `--help` and the man page list them.
    public static let table: [OptionSpec] = [
        OptionSpec("--campaign", "ID", .id, "the campaign's emails and their sessions"),
        OptionSpec("--demo", nil, nil, "the built-in offline demo workspace: no account, nothing sent"),
        OptionSpec(
            "--base-url", "URL", .url,
            "API base (default https://app.puffle.ai; env PUFFLE_API_BASE_URL);", "plain http:// only to loopback"),
        OptionSpec("--api-key-file", "PATH", .path, "read the API key from a file that only you can read (mode 0600)"),
        OptionSpec(
            "--leads", "PATH", .path, "sample leads (instead of the campaign's roster): a JSON array of lead",
            "objects, or CSV with a header row"),
        OptionSpec(
            "--sequence", "PATH", .path, "where this email sits in the sequence (instead of the campaign's own),",
            "sent with turns and examples; position counts emails from 0:",
            "{\"position\": 1, \"total_nodes\": 3, \"prior_nodes\": [...]}"),
        OptionSpec(
            "--theme", "NAME", .theme,
            "colour theme: default, dark, light, high-contrast, mono, or your own"),
        OptionSpec("--no-color", nil, nil, "no colours (same as NO_COLOR)"),
        OptionSpec("--no-mouse", nil, nil, "leave the mouse to the terminal (same as mouse = false)"),
        OptionSpec(
            "--generate", "KIND", .choice(GeneratedFile.allCases.map(\.rawValue)),
            "print the man page (man) or a shell completion", "(complete-bash, complete-zsh or complete-fish)"),
        OptionSpec("--help", short: "-h", nil, nil, "print this help"),
        OptionSpec("--version", short: "-V", nil, nil, "print the version")
    ]

    /// The option a name (long or short) stands for.
    static func spec(named name: String) -> OptionSpec? {
        table.first { $0.name == name || $0.short == name }
    }

    /// What `--help` prints: the forms of the command line, then the table.
    public static var usage: String {
        let column = 24
        var lines = [
            "usage: puffle-draft [OPTIONS]                   your campaigns: choose one",
            "       puffle-draft [OPTIONS] SESSION_ID        open one AI chat session",
            "       puffle-draft [OPTIONS] --campaign ID     the campaign's emails and their sessions",
            "       puffle-draft --demo [SESSION_ID | --campaign ID]   the built-in offline demo workspace",
            "       puffle-draft --help | --version | --generate KIND",
            "",
            "options:"
        ]
        for option in table {
            let names = (option.short.map { "\($0), " } ?? "") + option.name + (option.metavar.map { " \($0)" } ?? "")
            let pad = String(repeating: " ", count: column)
            for (i, line) in option.summary.enumerated() {
                let head = i == 0 ? "  " + names : ""
                let gap = max(2, column - head.count)
                lines.append(i == 0 ? head + String(repeating: " ", count: gap) + line : pad + line)
            }
        }
        lines += [
            "",
            "The API key comes from --api-key-file, else PUFFLE_API_KEY, else",
            "$XDG_CONFIG_HOME/puffle-draft/credentials (mode 0600). Press F1 inside for every key;",
            "man puffle-draft for the whole reference."
        ]
        return lines.joined(separator: "\n")
    }
}

/// What `--generate` prints.
public enum GeneratedFile: String, CaseIterable, Equatable, Sendable {
    /// The man page, in roff (`man -l -` shows it).
    case man
    /// The bash completion, for `/usr/share/bash-completion/completions/puffle-draft`.
    case completeBash = "complete-bash"
    /// The zsh completion, for a folder on `$fpath` as `_puffle-draft`.
    case completeZsh = "complete-zsh"
    /// The fish completion, for `/usr/share/fish/vendor_completions.d/puffle-draft.fish`.
    case completeFish = "complete-fish"
}
