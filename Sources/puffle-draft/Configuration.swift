import DraftApp
import DraftCore
import Foundation

/// A start-up problem: one line on stderr and an exit status.
struct StartError: Error {
    let message: String
    let status: Int32
}

/// The `key = value` config file. Unknown keys and malformed lines are reported, not fatal.
struct ConfigFile {
    var values: [String: String] = [:]
    /// Where each key was set, "file:line", for messages about its value.
    var places: [String: String] = [:]
    var warnings: [String] = []

    static let knownKeys: Set<String> = Set(
        [
            "base_url", "theme", "editor", "no_color", "timeout", "mouse", "clipboard", "spell", "spell_lang",
            "max_response_mb", "checks"
        ] + CopyThresholds.keys)

    init(url: URL) {
        let text: String
        switch TextFile(url) {
        case .missing:
            warnings += Self.misnamed(beside: url)
            return
        case .unreadable(let problem): warnings.append(problem); return
        case .text(let read): text = read
        }
        // It decides where the key goes (base_url) and what runs (editor): as ssh does, say so
        // when someone else could change it.
        var info = stat()
        if stat(url.path, &info) == 0, info.st_mode & 0o022 != 0 {
            warnings.append(
                "\(url.path) is writable by others (mode \(String(info.st_mode & 0o777, radix: 8))): "
                    + "they could choose where the API key goes; run chmod go-w \(url.path)")
        }
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingBlanks
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: "=", maxSplits: 1).map { String($0.trimmingBlanks) }
            guard parts.count == 2, !parts[0].isEmpty else {
                warnings.append("\(url.path):\(index + 1): expected `key = value`")
                continue
            }
            guard ConfigFile.knownKeys.contains(parts[0]) else {
                warnings.append("\(url.path):\(index + 1): unknown key `\(parts[0])`")
                continue
            }
            values[parts[0]] = parts[1]
            places[parts[0]] = "\(url.path):\(index + 1)"
        }
    }
}

extension ConfigFile {
    /// A `config.toml` or `config.ini` where `config` was looked for: the habit of other tools,
    /// read by none here, so settings someone wrote would be ignored in silence.
    static func misnamed(beside url: URL) -> [String] {
        let folder = url.deletingLastPathComponent()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasPrefix(url.lastPathComponent + ".") }.sorted().map {
            "\(folder.appendingPathComponent($0).path) is not read: the settings go in "
                + "\(url.path) (`key = value` lines); rename it"
        }
    }
}

/// Finds the API key without it ever passing through argv: a file given by option, the
/// environment, or the credentials file. Files others can read are refused.
enum APIKeySource {
    static func resolve(option: String?, environment: [String: String], credentials: URL) throws(StartError) -> String {
        if let option { return try read(URL(fileURLWithPath: option), what: "--api-key-file") }
        if let key = environment["PUFFLE_API_KEY"]?.trimmingCharacters(in: .whitespacesAndNewlines), !key.isEmpty {
            return key
        }
        if FileManager.default.fileExists(atPath: credentials.path) {
            return try read(credentials, what: "the credentials file")
        }
        throw StartError(
            message:
                "puffle-draft: no API key: set PUFFLE_API_KEY, use --api-key-file, or put it in "
                + "\(credentials.path) (mode 0600). Try --demo to look around without one.",
            status: ExitStatus.authentication)
    }

    private static func read(_ url: URL, what: String) throws(StartError) -> String {
        var info = stat()
        guard stat(url.path, &info) == 0 else {
            throw StartError(
                message: "puffle-draft: cannot read \(what) \(url.path): \(String(cString: strerror(errno)))",
                status: ExitStatus.usage)
        }
        let mode = info.st_mode & 0o777
        guard mode & 0o077 == 0 else {
            throw StartError(
                message:
                    "puffle-draft: \(what) \(url.path) is readable by others (mode \(String(mode, radix: 8))); "
                    + "run chmod 600 \(url.path)",
                status: ExitStatus.usage)
        }
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw StartError(message: "puffle-draft: cannot read \(what) \(url.path)", status: ExitStatus.usage)
        }
        let key = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !key.isEmpty else {
            throw StartError(message: "puffle-draft: \(what) \(url.path) is empty", status: ExitStatus.usage)
        }
        return key
    }
}

/// The API base URL: HTTPS, or plain HTTP only to this machine.
enum BaseURL {
    static func validate(_ text: String) throws(StartError) -> URL {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty
        else {
            throw StartError(message: "puffle-draft: \(text) is not a URL", status: ExitStatus.usage)
        }
        switch scheme {
        case "https": return url
        case "http":
            let loopback = ["127.0.0.1", "::1", "[::1]", "localhost"]
            guard loopback.contains(host.lowercased()) else {
                throw StartError(
                    message:
                        "puffle-draft: refusing plain http:// to \(host): "
                        + "the API key would cross the network unencrypted; use https://",
                    status: ExitStatus.usage)
            }
            return url
        default:
            throw StartError(message: "puffle-draft: \(text): the base URL must be https://", status: ExitStatus.usage)
        }
    }
}
