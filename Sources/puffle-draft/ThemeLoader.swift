import DraftCore
import Foundation

/// Finds a theme by name: the user's themes folder first, then the shipped `themes/` folder where
/// the README's install puts it (`$XDG_DATA_HOME/puffle-draft/themes`, or `../share/puffle-draft/themes`
/// beside the executable, as under /usr/local), or up from the executable in a source checkout;
/// then the built-in default.
enum ThemeLoader {
    static func load(name: String, userThemes: URL, installedThemes: URL) -> (Theme, [String]) {
        let fileName = name + ".theme"
        var candidates = [userThemes.appendingPathComponent(fileName)]
        // The shipped default is the built-in one (a test keeps them equal): no file to look for.
        if name != "default" {
            candidates += ([installedThemes] + shippedFolders()).map { $0.appendingPathComponent(fileName) }
        }
        var warnings: [String] = []
        for url in candidates {
            switch TextFile(url) {
            case .missing: continue
            case .unreadable(let problem): warnings.append(problem)
            case .text(let text):
                let (theme, problems) = Theme.parse(text, name: name, file: url.path, base: BuiltinTheme.theme)
                return (theme, warnings + problems.map(\.description))
            }
        }
        if name == "default" { return (BuiltinTheme.theme, warnings) }
        return (BuiltinTheme.theme, warnings + ["theme `\(name)` not found; using the default theme"])
    }

    static func shippedFolders() -> [URL] {
        var folders: [URL] = []
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            var directory = URL(fileURLWithPath: executable).deletingLastPathComponent()
            folders.append(directory.appendingPathComponent("../share/puffle-draft/themes").standardized)
            for _ in 0..<6 {
                let candidate = directory.appendingPathComponent("themes")
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("default.theme").path) {
                    folders.append(candidate)
                    break
                }
                directory = directory.deletingLastPathComponent()
            }
        }
        return folders
    }
}
