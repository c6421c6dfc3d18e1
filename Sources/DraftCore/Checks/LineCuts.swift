import TemplateSyntax

/// Where a long line may be cut into pieces: only where nothing the checks find could run across
/// the cut (a trigger phrase, a link, a variable), so that each piece checked on its own finds
/// what the whole line has there. The cutting (`pieces(of:in:)`) and the check after each edit
/// (`update`) both ask these.
extension ParagraphReport {
    /// Whether a trigger phrase could run across the cut between the pieces `before` and `after`
    /// (in the line's order): if so, the cut cannot stay, since each piece's phrases are found
    /// in its own words.
    static func phraseMayCross(
        before: ArraySlice<LinePiece>, after: ArraySlice<LinePiece>, context: CopyContext
    ) -> Bool {
        let reach = context.triggers.longest - 1
        guard reach > 0, !before.isEmpty, !after.isEmpty else { return false }
        var left: [CopyWord] = []
        for index in before.indices.reversed() where left.count < reach {
            left.insert(contentsOf: before[index].edges.lastWords.suffix(reach - left.count), at: 0)
        }
        var right: [CopyWord] = []
        for index in after.indices where right.count < reach {
            right += after[index].edges.firstWords.prefix(reach - right.count)
        }
        return context.triggers.crosses(left + right, at: left.count)
    }

    /// Whether the run with no space that ends at the cut after `before` (pieces in the line's
    /// order) begins as a link may, however many pieces it runs over.
    static func runIsLinkish(before: ArraySlice<LinePiece>) -> Bool {
        var later: Int?
        for index in before.indices.reversed() {
            let edges = before[index].edges
            // A piece ending with a space: the run began with the piece after it.
            if edges.endsWithSpace { return later.map { before[$0].edges.leadingRunIsLinkish } ?? false }
            if edges.hasSpace { return edges.trailingRunIsLinkish }
            later = index
        }
        return before.first?.edges.leadingRunIsLinkish ?? false
    }

    /// Whether a cut may fall before byte `at` of a line, a word's start, as far as links and
    /// variables go: after a space, unless it is inside `{{ name }}`; inside a run with no space
    /// (a blob), only after a byte no variable's name holds, where no link may begin and in a run
    /// that does not begin as one (`runIsLinkish`, asked only then). A cut where this holds has
    /// each side's links and variables what the whole line's are.
    static func cutHolds(
        in bytes: UnsafeBufferPointer<UInt8>, at cut: Int, runIsLinkish: () -> Bool
    ) -> Bool {
        guard cut > 0 else { return true }
        let before = bytes[cut - 1]
        if isSpace(before) {
            var open = cut - 1
            while open > 0, isSpace(bytes[open - 1]) { open -= 1 }
            return !(open >= 2 && bytes[open - 1] == 0x7B && bytes[open - 2] == 0x7B)
        }
        if before >= 0x80 || before == 0x25 || before == 0x7B || TemplateSyntax.isNameByte(before) { return false }
        return !mayBeLink(bytes, at: cut) && !runIsLinkish()
    }

    /// A space or a tab: what separates the runs a link is found in.
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// The punctuation a link's run may open with, which belongs to the sentence: `(`, `<`, quotes.
    static let linkOpeners: [UInt8] = [0x28, 0x3C, 0x22, 0x27]

    /// Whether the run at `at` begins as a link may, after the punctuation a link's run may open
    /// with: `http`, `www.` or a shortener's host, in any case.
    static func mayBeLink(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var at = start
        while at < bytes.count, linkOpeners.contains(bytes[at]) { at += 1 }
        func starts(with prefix: String) -> Bool {
            let prefix = prefix.utf8
            guard bytes.count - at >= prefix.count else { return false }
            return zip(bytes[at..<(at + prefix.count)], prefix).allSatisfy { $0 | 0x20 == $1 | 0x20 }
        }
        return starts(with: "http") || starts(with: "www.") || shorteners.contains(where: starts(with:))
    }
}
