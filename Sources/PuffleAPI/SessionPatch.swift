/// The body of a minimal PATCH: the server writes every key present, so a save must carry
/// exactly the fields the user changed and nothing else (a whole-row write would clobber what
/// a running task or a colleague wrote meanwhile).
public enum SessionPatch {
    /// The keys whose value differs between what was loaded and what was edited, in the API's
    /// field order; an absent key counts as null. Nil when nothing changed, so no request is made.
    public static func body(from base: Session, to edited: Session) -> JSONObject? {
        var patch = JSONObject()
        for field in SessionField.allCases where base[field] != edited[field] {
            patch[field.rawValue] = edited[field]
        }
        return patch.isEmpty ? nil : patch
    }

    /// The fields that differ, for the "modified" marker and the conflict check.
    public static func changedFields(from base: Session, to edited: Session) -> [SessionField] {
        SessionField.allCases.filter { base[$0] != edited[$0] }
    }
}
