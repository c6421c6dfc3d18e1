import Glibc

extension StringProtocol {
    /// The one meaning of "changed" for text the user edits: the same UTF-8 bytes. Swift's `==`
    /// calls canonically equivalent texts equal (`é` and `e` + U+0301), but the server stores and
    /// the emails carry the bytes, so the modified marker, the PATCH and the recovery journal all
    /// ask this, and never disagree about whether there is something to save. A part of a line
    /// (a row of the body) asks it too, against the row the screen shows.
    @inlinable
    public func isSameText(as other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        if let same = utf8.withContiguousStorageIfAvailable({ mine in
            other.utf8.withContiguousStorageIfAvailable { theirs in
                // The same storage (an unedited field against the text it was made from) is the same text at once.
                mine.isEmpty || mine.baseAddress == theirs.baseAddress
                    || memcmp(mine.baseAddress!, theirs.baseAddress!, mine.count) == 0
            }
        }), let same {
            return same
        }
        return utf8.elementsEqual(other.utf8)
    }
}
