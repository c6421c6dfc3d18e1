/// The command line of interface.md. Hand-written: no third-party packages. A library of its own so
/// that tests call the parser directly, not only through the built binary.
public struct Options: Equatable, Sendable {
    /// What the run opens.
    public enum Target: Equatable, Sendable {
        /// One AI chat session, by id.
        case session(String)
        /// The campaign's list of emails and their sessions.
        case campaign(String)
        /// The user's campaigns, to choose one: the start without an id.
        case campaigns
        /// A demo session, a demo campaign's list, or (neither given) the demo's campaigns.
        case demo(session: String?, campaign: String?)
    }

    /// What to open.
    public var target: Target
    /// `--base-url`, else the environment or the config decides.
    public var baseURL: String?
    /// `--api-key-file`: where the key is read from.
    public var apiKeyFile: String?
    /// `--leads`: sample leads instead of the campaign's roster.
    public var leadsPath: String?
    /// `--sequence`: the sequence context instead of the campaign's own.
    public var sequencePath: String?
    /// `--theme`: a built-in or user theme's name.
    public var theme: String?
    /// `--no-color`.
    public var noColor = false
    /// `--no-mouse`.
    public var noMouse = false

    /// Options with everything else left to the environment and the config.
    public init(target: Target) {
        self.target = target
    }

    /// What the command line asks for.
    public enum Outcome: Equatable, Sendable {
        /// Open the target with these options.
        case run(Options)
        /// Print the usage.
        case help
        /// Print the version.
        case version
        /// Print the man page or a completion.
        case generate(GeneratedFile)
        /// A mistake, said in one line; the exit status is 2.
        case usageError(String)
    }

    /// Every option, for the suggestion after a typo.
    public static var flags: [String] { table.map(\.name) }

    /// The option nearest a mistyped one (`--no-colour` → `--no-color`), if one is near enough to be meant.
    public static func nearest(to typed: String) -> String? {
        let scored = flags.map { ($0, editDistance(Array(typed), Array($0))) }.min { $0.1 < $1.1 }
        guard let (flag, distance) = scored, distance <= max(2, typed.count / 4) else { return nil }
        return flag
    }

    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// Reads the arguments after the program's name.
    public static func parse(_ arguments: [String]) -> Outcome {
        var positional: [String] = []
        var campaign: String?
        var demo = false
        var options = Options(target: .demo(session: nil, campaign: nil))
        var index = 0
        func value(for flag: String) -> String? {
            index += 1
            return index < arguments.count ? arguments[index] : nil
        }
        while index < arguments.count {
            let argument = arguments[index]
            var flag = argument
            var inline: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                flag = String(argument[..<equals])
                inline = String(argument[argument.index(after: equals)...])
            }
            func take() -> String? { inline ?? value(for: flag) }
            let spec = spec(named: flag)
            if let spec, !spec.takesValue, inline != nil { return .usageError("\(spec.name) takes no value") }
            switch spec?.name {
            case "--help": return .help
            case "--version": return .version
            case "--demo": demo = true
            case "--no-color": options.noColor = true
            case "--no-mouse": options.noMouse = true
            case let name? where spec?.takesValue == true:
                guard let v = take(), !v.isEmpty else { return .usageError("\(name) needs a value") }
                // `--campaign --demo` means a forgotten id, not a campaign called "--demo".
                if inline == nil, v.hasPrefix("--") { return .usageError("\(name) needs a value, not the option \(v)") }
                switch name {
                case "--campaign": campaign = v
                case "--base-url": options.baseURL = v
                case "--api-key-file": options.apiKeyFile = v
                case "--leads": options.leadsPath = v
                case "--sequence": options.sequencePath = v
                case "--theme": options.theme = v
                default:
                    guard let kind = GeneratedFile(rawValue: v) else {
                        let kinds = GeneratedFile.allCases.map(\.rawValue).joined(separator: ", ")
                        return .usageError("--generate makes one of: \(kinds); not \(v)")
                    }
                    return .generate(kind)
                }
            default:
                if ["--api-key", "--key", "--token"].contains(flag) {
                    return .usageError(
                        "\(flag) is not an option: a key in the command line is visible to every user of this machine; "
                            + "use --api-key-file or PUFFLE_API_KEY")
                }
                if argument.hasPrefix("-") && argument.count > 1 {
                    let hint = nearest(to: flag).map { " (did you mean \($0)?)" } ?? ""
                    return .usageError("unknown option \(argument)\(hint)")
                }
                positional.append(argument)
            }
            index += 1
        }
        guard positional.count <= 1 else { return .usageError("one session id at most, got \(positional.count)") }
        if demo {
            guard campaign == nil || positional.isEmpty else {
                return .usageError("give a session id or --campaign, not both")
            }
            options.target = .demo(session: positional.first, campaign: campaign)
        } else if let campaign {
            guard positional.isEmpty else { return .usageError("give a session id or --campaign, not both") }
            options.target = .campaign(campaign)
        } else if let id = positional.first {
            options.target = .session(id)
        } else {
            options.target = .campaigns
        }
        return .run(options)
    }
}
