import DraftApp
import DraftCore
import Foundation
import LaunchOptions
import PuffleAPI

/// Everything decided before the screen starts: the service, the theme, what to open.
struct Launch {
    var service: any PuffleService
    var sessionID: String?
    var campaignID: String?
    var theme: Theme
    var color: Bool
    /// Mouse reporting: clicks, drags and the wheel come to the app.
    var mouse: Bool
    /// Copies and cuts go to the terminal's clipboard too (OSC 52); `clipboard = app` keeps them in the app.
    var terminalClipboard: Bool
    var warnings: [String]
    var configuredEditor: String?
    /// The checker's language; nil with `spell = false`.
    var spellLanguage: String?
    /// The copy checks: on or off, the thresholds, the trigger phrases.
    var copyChecks: CopyCheckSettings
    var leads: [Lead]
    var sequenceFromFile: SequenceContext?
    /// The API key, so the log can scrub it; nil in the demo.
    var apiKey: String?

    static func prepare(options: Options, environment: [String: String], paths: Paths) throws(StartError) -> Launch {
        let config = ConfigFile(url: paths.configFile)
        var warnings = config.warnings
        let (theme, themeWarnings) = ThemeLoader.load(
            name: options.theme ?? config.values["theme"] ?? "default", userThemes: paths.userThemes,
            installedThemes: paths.installedThemes)
        warnings += themeWarnings
        let color = !options.noColor && environment["NO_COLOR"] == nil && config.values["no_color"] != "true"
        var mouse = !options.noMouse
        switch config.values["mouse"] {
        case nil, "true": break
        case "false": mouse = false
        case let other?: warnings.append("config: mouse = \(other) is neither true nor false; the mouse stays on")
        }
        var terminalClipboard = true
        switch config.values["clipboard"] {
        case nil, "terminal": break
        case "app": terminalClipboard = false
        case let other?:
            warnings.append("config: clipboard = \(other) is neither terminal nor app; copies go to the terminal too")
        }

        let service: any PuffleService
        var apiKey: String?
        var sessionID: String?
        var campaignID: String?
        switch options.target {
        case .demo(let session, let campaign):
            service = DemoPuffleService(directory: paths.demo)
            if let session {
                sessionID = try checkedID(session, what: "session id")
            } else if let campaign {
                campaignID = try checkedID(campaign, what: "campaign id")
            }
        case .session, .campaign, .campaigns:
            // The arguments first: a mistyped id is a usage error, whatever the key's state.
            switch options.target {
            case .session(let id): sessionID = try checkedID(id, what: "session id")
            case .campaign(let id): campaignID = try checkedID(id, what: "campaign id")
            default: break
            }
            let base = try BaseURL.validate(
                options.baseURL ?? environment["PUFFLE_API_BASE_URL"] ?? config.values["base_url"]
                    ?? HTTPPuffleService.defaultBaseURL.absoluteString)
            let key = try APIKeySource.resolve(
                option: options.apiKeyFile, environment: environment, credentials: paths.credentials)
            apiKey = key
            var timeout = 30.0
            if let text = config.values["timeout"] {
                if let seconds = Double(text), seconds > 0 {
                    timeout = seconds
                } else {
                    warnings.append("config: timeout = \(text) is not a number of seconds; using 30")
                }
            }
            var maxResponseMB = 256
            if let text = config.values["max_response_mb"] {
                if let megabytes = Int(text), megabytes > 0, megabytes <= 1 << 20 {
                    maxResponseMB = megabytes
                } else {
                    warnings.append("config: max_response_mb = \(text) is not a whole number of megabytes; using 256")
                }
            }
            service = HTTPPuffleService(
                configuration: .init(
                    baseURL: base, apiKey: key, requestTimeout: timeout,
                    maxResponseBytes: maxResponseMB << 20))
        }
        var spellLanguage: String? = SpellService.language(
            configured: config.values["spell_lang"], environment: environment)
        switch config.values["spell"] {
        case nil, "true": break
        case "false": spellLanguage = nil
        case let other?: warnings.append("config: spell = \(other) is neither true nor false; spelling stays on")
        }
        let copyChecks = Self.copyChecks(config: config, triggerFile: paths.triggerWords, warnings: &warnings)
        var leads: [Lead] = []
        if let path = options.leadsPath {
            leads =
                readInputFile(
                    path, what: "leads", without: "them (the roster gives the leads)", warnings: &warnings,
                    parse: LeadFile.parse) ?? []
        }
        let sequence = options.sequencePath.flatMap {
            readInputFile(
                $0, what: "sequence", without: "it", warnings: &warnings,
                parse: SequenceContext.parse)
        }
        return Launch(
            service: service, sessionID: sessionID, campaignID: campaignID, theme: theme, color: color, mouse: mouse,
            terminalClipboard: terminalClipboard, warnings: warnings, configuredEditor: config.values["editor"],
            spellLanguage: spellLanguage, copyChecks: copyChecks, leads: leads,
            sequenceFromFile: sequence, apiKey: apiKey)
    }

    /// The copy checks from the config's `checks` and thresholds and the user's trigger-words
    /// file. A bad value is reported with its file and line, and the default is used.
    static func copyChecks(config: ConfigFile, triggerFile: URL, warnings: inout [String]) -> CopyCheckSettings {
        var settings = CopyCheckSettings()
        switch config.values["checks"] {
        case nil, "true": break
        case "false": settings.marks = false
        case let other?:
            warnings.append(
                "\(config.places["checks"] ?? "config"): checks = \(other) is neither true nor false; "
                    + "the copy checks stay on")
        }
        for key in CopyThresholds.keys {
            guard let value = config.values[key], let problem = settings.thresholds.set(key, to: value) else {
                continue
            }
            warnings.append("\(config.places[key] ?? "config"): \(problem)")
        }
        switch TextFile(triggerFile) {
        case .missing: break
        case .unreadable(let problem): warnings.append(problem + "; using the shipped trigger phrases")
        case .text(let text): settings.triggers = settings.triggers.applying(userFile: text)
        }
        return settings
    }

    /// A bad `--leads` or `--sequence` file is a warning on screen, not a refusal to start.
    private static func readInputFile<Value>(
        _ path: String, what: String, without: String, warnings: inout [String],
        parse: ([UInt8]) throws(InputFileError) -> Value
    ) -> Value? {
        guard let data = FileManager.default.contents(atPath: path) else {
            warnings.append("cannot read the \(what) file \(path); starting without \(without)")
            return nil
        }
        do { return try parse([UInt8](data)) } catch {
            warnings.append("\(path): \(error.description); starting without \(without)")
            return nil
        }
    }

    private static func checkedID(_ id: String, what: String) throws(StartError) -> String {
        guard SessionID.isValid(id) else {
            throw StartError(
                message:
                    "puffle-draft: \(id) is not a valid \(what) "
                    + "(expected a UUID such as 7c9e6679-7425-40de-944b-e07fc1f90ae7)",
                status: ExitStatus.usage)
        }
        return id.lowercased()
    }
}
