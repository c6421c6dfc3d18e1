import Foundation

/// Where puffle-draft keeps its files, by the XDG base directory rules.
struct Paths {
    let config: URL
    let state: URL
    let data: URL

    /// The home folder, which messages write as `~`.
    let home: URL

    init(environment: [String: String]) {
        let home =
            environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
        self.home = home
        func base(_ variable: String, _ fallback: String) -> URL {
            if let value = environment[variable], value.hasPrefix("/") { return URL(fileURLWithPath: value) }
            return home.appendingPathComponent(fallback)
        }
        config = base("XDG_CONFIG_HOME", ".config").appendingPathComponent("puffle-draft")
        state = base("XDG_STATE_HOME", ".local/state").appendingPathComponent("puffle-draft")
        data = base("XDG_DATA_HOME", ".local/share").appendingPathComponent("puffle-draft")
    }

    /// A message with the home folder's paths written from `~` (`~/.config/puffle-draft/config`):
    /// shorter on a footer line, and the same for every user reading it.
    func homeRelative(_ message: String) -> String {
        let prefix = home.path.hasSuffix("/") ? home.path : home.path + "/"
        guard prefix.count > 1 else { return message }
        return message.replacingOccurrences(of: prefix, with: "~/")
    }

    var configFile: URL { config.appendingPathComponent("config") }
    var credentials: URL { config.appendingPathComponent("credentials") }
    var userThemes: URL { config.appendingPathComponent("themes") }
    /// Where an install copies the shipped themes (see the README's Install).
    var installedThemes: URL { data.appendingPathComponent("themes") }
    var log: URL { state.appendingPathComponent("log") }
    var recovery: URL { state.appendingPathComponent("recovery") }
    var leadChoices: URL { state.appendingPathComponent("leads") }
    var demo: URL { data.appendingPathComponent("demo") }
    var words: URL { data.appendingPathComponent("words") }
    /// The trade's words written for hunspell (`TradeWords`): ours, rewritten when they change.
    var tradeWords: URL { state.appendingPathComponent("trade-words.dic") }
    /// The user's trigger phrases: added to the shipped list, or (`-phrase`) silencing one.
    var triggerWords: URL { config.appendingPathComponent("trigger-words") }
}
