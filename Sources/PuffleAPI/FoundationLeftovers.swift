import Foundation

/// Takes back the folders FoundationNetworking makes when a URLSession is configured.
///
/// Every `URLSessionConfiguration` on Linux is built from the shared cookie storage and a URL
/// cache with the default path, and making them creates `~/.cache/org.swift.foundation.URLCache/NAME`
/// and `~/.local/share/NAME` (NAME from the executable's folder), although the sessions here
/// keep neither cookies nor a cache. No setting avoids it, so the folders that were not there
/// before are removed again right after, while still empty: the program leaves nothing behind
/// that it does not use.
enum FoundationLeftovers {
    static func removingNewFolders<Result>(_ make: () -> Result) -> Result {
        let manager = FileManager.default
        guard let caches = manager.urls(for: .cachesDirectory, in: .userDomainMask).first,
            let support = manager.urls(for: .applicationSupportDirectory, in: .userDomainMask).first
        else { return make() }
        let cache = caches.appendingPathComponent("org.swift.foundation.URLCache")
        // Parents after their children, so each is empty by the time it is looked at.
        let watched = [cache, caches, support, support.deletingLastPathComponent()]
        func entries(_ folder: URL) -> Set<String> {
            Set((try? manager.contentsOfDirectory(atPath: folder.path)) ?? [])
        }
        let existed = watched.map { manager.fileExists(atPath: $0.path) }
        let before = [cache, support].map(entries)
        let result = make()
        for (folder, had) in zip([cache, support], before) {
            for name in entries(folder).subtracting(had) { rmdir(folder.appendingPathComponent(name).path) }
        }
        for (folder, was) in zip(watched, existed) where !was { rmdir(folder.path) }
        return result
    }
}
