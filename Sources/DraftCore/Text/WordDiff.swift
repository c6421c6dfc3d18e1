/// A word-level diff, built on the standard library's `difference(from:)`: what to show when two
/// versions of a draft are compared (a conflict, a history entry, an example against its template).
public enum WordDiff {
    /// One run of a diff: words kept, removed or added.
    public enum Change: Equatable, Sendable {
        case same(String)
        case removed(String)
        case added(String)
    }

    /// Words, each with the spaces after it, and line breaks on their own: spaces alone never
    /// count as common ground (a rewritten phrase shows as one removal and one addition rather
    /// than interleaved words), and a line added after a word leaves that word unchanged.
    static func tokens(_ text: String) -> [Substring] {
        var tokens: [Substring] = []
        var start = text.startIndex
        var previousWasSpace = false
        for index in text.indices {
            let character = text[index]
            if character.isNewline {
                if start < index { tokens.append(text[start..<index]) }
                tokens.append(text[index...index])
                start = text.index(after: index)
                previousWasSpace = false
                continue
            }
            let space = character.isWhitespace
            if previousWasSpace && !space {
                tokens.append(text[start..<index])
                start = index
            }
            previousWasSpace = space
        }
        if start < text.endIndex { tokens.append(text[start...]) }
        return tokens
    }

    /// A token's word without the spaces after it: "world" at the end of a line and "world "
    /// before an added phrase are the same word.
    private static func word(_ token: Substring) -> Substring {
        let trimmed = token[..<(token.lastIndex { !$0.isWhitespace }.map(token.index(after:)) ?? token.startIndex)]
        return trimmed.isEmpty ? token : trimmed
    }

    /// The changes that turn `old` into `new`, in reading order, runs merged. A word kept with
    /// other spaces after it is kept, and only its spaces change.
    public static func changes(from old: String, to new: String) -> [Change] {
        let a = tokens(old), b = tokens(new)
        let aWords = a.map(word), bWords = b.map(word)
        let difference = bWords.difference(from: aWords)
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var result: [Change] = []
        func append(_ change: Change) {
            switch (result.last, change) {
            case (.same(let x)?, .same(let y)): result[result.count - 1] = .same(x + y)
            case (.removed(let x)?, .removed(let y)): result[result.count - 1] = .removed(x + y)
            case (.added(let x)?, .added(let y)): result[result.count - 1] = .added(x + y)
            default: result.append(change)
            }
        }
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, removed.contains(i) { append(.removed(String(a[i]))); i += 1; continue }
            if j < b.count, inserted.contains(j) { append(.added(String(b[j]))); j += 1; continue }
            if i < a.count, j < b.count {
                append(.same(String(bWords[j])))
                let oldSpaces = a[i].dropFirst(aWords[i].count), newSpaces = b[j].dropFirst(bWords[j].count)
                if oldSpaces == newSpaces {
                    if !newSpaces.isEmpty { append(.same(String(newSpaces))) }
                } else {
                    if !oldSpaces.isEmpty { append(.removed(String(oldSpaces))) }
                    if !newSpaces.isEmpty { append(.added(String(newSpaces))) }
                }
            }
            i += 1
            j += 1
        }
        return result
    }

    /// The diff as styled lines: removed words in the removed role, added ones in the added role.
    /// `inText` marks the changes in the text too (`[-old-]{+new+}`), for a terminal without colour.
    public static func styledLines(from old: String, to new: String, inText: Bool = false) -> [StyledLine] {
        var lines: [StyledLine] = [[]]
        var previous: Change?
        for change in changes(from: old, to: new) {
            var (text, role): (String, StyleRole) =
                switch change {
                case .same(let t): (t, .normal)
                case .removed(let t): (t, .diffRemoved)
                case .added(let t): (t, .diffAdded)
                }
            // A removed word right before an added one keeps a space between them ("old new", not "oldnew").
            if case .added = change, case .removed(let gone)? = previous, gone.last?.isWhitespace == false,
                text.first?.isWhitespace == false, lines[lines.count - 1].last != nil
            {
                lines[lines.count - 1].append(Span(" ", .normal))
            }
            previous = change
            if inText {
                switch change {
                case .same: break
                case .removed: text = Self.marked(text, "[-", "-]")
                case .added: text = Self.marked(text, "{+", "+}")
                }
            }
            let parts = text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, part) in parts.enumerated() {
                if index > 0 { lines.append([]) }
                if !part.isEmpty { lines[lines.count - 1].append(Span(String(part), role)) }
            }
        }
        return lines
    }

    /// The change's words between marks, its trailing spaces and line breaks outside them.
    private static func marked(_ text: String, _ open: String, _ close: String) -> String {
        let end = text.lastIndex { !$0.isWhitespace }.map(text.index(after:)) ?? text.startIndex
        guard end > text.startIndex else { return text }
        return open + text[..<end] + close + text[end...]
    }
}
