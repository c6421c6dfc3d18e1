/// The body of a minimal PATCH: the server writes every key present, so a save must carry
/// exactly the fields the user changed and nothing else (a whole-row write would clobber what
/// a running task or a colleague wrote meanwhile).
public enum SessionPatch {
    /// The keys whose value differs between what was loaded and what was edited, in the API's
    /// field order (texts compared byte for byte, as `JSONValue`'s `==` does); an absent key
    /// counts as null. Nil when nothing changed, so no request is made.
    public static func body(from base: Session, to edited: Session) -> JSONObject? {
        var patch = JSONObject()
        for field in SessionField.allCases where base[field] != edited[field] {
            patch[field.rawValue] = edited[field]
        }
        return patch.isEmpty ? nil : patch
    }
}
