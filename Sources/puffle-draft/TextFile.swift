import Foundation

/// A settings file the user wrote (the config, a theme): its text, or why there is none. A file
/// that is there but cannot be used is said so with its path; it is never silently skipped.
enum TextFile {
    case missing
    case text(String)
    case unreadable(String)

    init(_ url: URL) {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            self =
                FileManager.default.fileExists(atPath: url.path) ? .unreadable("\(url.path): cannot be read") : .missing
            return
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            self = .unreadable("\(url.path): not UTF-8 text; it is ignored")
            return
        }
        self = .text(text)
    }
}
