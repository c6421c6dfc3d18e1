/// Ids shortened as git shortens hashes: to eight characters, and further only as far as it
/// takes to tell an id apart from the others shown with it (three sessions whose ids share
/// `4b6d8f0a` show `4b6d8f0a1` and `4b6d8f0a7`).
public enum ShortID {
    /// The shortest prefix of `id`, at least `minimum` long, that no other id in `among` shares.
    public static func of(_ id: String, among others: some Sequence<String>, minimum: Int = 8) -> String {
        var length = minimum
        // Compared as bytes: the header does this on every frame, and ids are ASCII (a UUID).
        for other in others where other != id {
            let shared = zip(id.utf8, other.utf8).prefix { $0 == $1 }.count
            length = max(length, shared + 1)
        }
        return String(id.prefix(length))
    }
}
