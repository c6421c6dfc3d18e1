/// What the checks of a long line need to know of one piece's two ends, where a cut may fall
/// inside a sentence or inside a run with no space (a blob of data): the sentence its first words
/// end and the one its last words begin (the line's walk over its pieces counts and flags those,
/// `ParagraphReport.joinSentences`), its first and last words (a trigger phrase must not run
/// across a cut, `phraseMayCross`), and the runs at its ends (a link or a variable must not,
/// `runMayCross`).
struct PieceEdges: Equatable, Sendable {
    /// Words up to and including the first that ends a sentence; all its words when none does.
    private(set) var headWords = 0
    /// Where its first word starts, and where a finding on the sentence its head ends stops.
    private(set) var headStart = 0
    private(set) var headEnd = 0
    /// Whether a sentence ends in it.
    private(set) var endsSentence = false
    /// Words after the last that ends a sentence, and where the first of them starts.
    private(set) var tailWords = 0
    private(set) var tailStart = 0
    /// Where a finding on a sentence that the line's end closes stops, when this piece ends the line.
    private(set) var lineEnd = 0
    /// Its first and last words, as many as a phrase across a cut could take (all of them in a short piece).
    private(set) var firstWords: [CopyWord] = []
    private(set) var lastWords: [CopyWord] = []
    /// Where its last word starts (0 when it has none): an edit before it leaves the piece's end alone.
    private(set) var lastWordStart = 0
    /// Whether it has a space or a tab, and ends with one.
    private(set) var hasSpace = false
    private(set) var endsWithSpace = false
    /// Whether the run of bytes with no space at its start, and the one at its end, hold a byte
    /// that a link or a variable is made of (`.`, `%`, `{`, `}`): only such a run can hold one.
    private(set) var leadingRunIsMarked = false
    private(set) var trailingRunIsMarked = false

    /// Whether its first word starts at its first byte: every piece but a line's first must, so
    /// that the words of the pieces are the words of the line.
    var startsWithWord: Bool { (headWords > 0 || endsSentence) && headStart == 0 }

    /// Notes the piece's first sentence end: `words` words up to it, from `start`; a finding on
    /// it would stop at `end`.
    mutating func head(words: Int, start: Int, end: Int) {
        headWords = words
        headStart = start
        headEnd = end
        endsSentence = true
    }

    /// Notes the words after its last sentence end (all of them when none is in it).
    mutating func tail(words: Int, start: Int, firstWord: Int, lineEnd: Int) {
        if endsSentence {
            tailWords = words
            tailStart = start
        } else {
            headWords = words
            headStart = firstWord
        }
        self.lineEnd = lineEnd
    }

    /// Keeps the first and last `reach` words, and where the last starts.
    mutating func keepEdgeWords(_ words: [CopyWord], reach: Int) {
        firstWords = Array(words.prefix(max(0, reach)))
        lastWords = Array(words.suffix(max(0, reach)))
        lastWordStart = words.last?.bytes.lowerBound ?? 0
    }

    /// Notes the runs at the piece's two ends, from its bytes.
    mutating func noteRuns(_ bytes: UnsafeBufferPointer<UInt8>) {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        func isMarked(_ byte: UInt8) -> Bool { byte == 0x2E || byte == 0x25 || byte == 0x7B || byte == 0x7D }
        let firstSpace = bytes.firstIndex(where: isSpace)
        hasSpace = firstSpace != nil
        endsWithSpace = bytes.last.map(isSpace) ?? false
        leadingRunIsMarked = bytes[..<(firstSpace ?? bytes.count)].contains(where: isMarked)
        let lastSpace = bytes.lastIndex(where: isSpace)
        trailingRunIsMarked = bytes[((lastSpace ?? -1) + 1)...].contains(where: isMarked)
    }
}

extension ParagraphReport {
    /// The sentences of a line that its pieces left to it (those that end or begin in a piece's
    /// edge), counted and flagged as checking the line whole would: a sentence runs on through
    /// the pieces with no sentence end until one ends it, and the line's end ends the last.
    static func joinSentences(
        _ pieces: [LinePiece], hasLinks: Bool, field: CopyField, context: CopyContext
    ) -> (sentences: Int, findings: [CopyFinding]) {
        var sentences = 0
        var findings: [CopyFinding] = []
        var open: (words: Int, start: Int)?
        func close(words: Int, start: Int, end: Int) {
            sentences += 1
            if words > context.thresholds.sentenceWords {
                let range = TextPosition(line: 0, offset: start)..<TextPosition(line: 0, offset: end)
                findings.append(CopyFinding(.longSentence, field, range, "\(words) words"))
            }
        }
        var lastEnd = 0, hasWords = false
        for piece in pieces {
            let edges = piece.edges, offset = piece.bytes.lowerBound
            guard edges.endsSentence || edges.headWords > 0 else { continue }
            hasWords = true
            let start = open?.start ?? offset + edges.headStart
            let words = (open?.words ?? 0) + edges.headWords
            if edges.endsSentence {
                close(words: words, start: start, end: offset + edges.headEnd)
                open = edges.tailWords > 0 ? (edges.tailWords, offset + edges.tailStart) : nil
            } else {
                open = (words, start)
            }
            lastEnd = offset + edges.lineEnd
        }
        if let open { close(words: open.words, start: open.start, end: lastEnd) }
        // A line of links alone is one sentence.
        if !hasWords, hasLinks { sentences = 1 }
        return (sentences, findings)
    }

    /// Whether a trigger phrase could run across the cut between the pieces `before` and `after`
    /// (in the line's order): if so, the cut cannot stay, since each piece's phrases are found
    /// in its own words.
    static func phraseMayCross(
        before: ArraySlice<LinePiece>, after: ArraySlice<LinePiece>, context: CopyContext
    ) -> Bool {
        let reach = context.triggers.longest - 1
        guard reach > 0, !before.isEmpty, !after.isEmpty else { return false }
        var left: [CopyWord] = []
        for piece in before.reversed() where left.count < reach {
            left.insert(contentsOf: piece.edges.lastWords.suffix(reach - left.count), at: 0)
        }
        var right: [CopyWord] = []
        for piece in after where right.count < reach {
            right += piece.edges.firstWords.prefix(reach - right.count)
        }
        return context.triggers.crosses(left + right, at: left.count)
    }

    /// Whether a link or a variable could run across the cut between the pieces `before` and
    /// `after`: a cut with no space before it falls inside a run, which must then hold none of the
    /// bytes those are made of, however many pieces it runs over.
    static func runMayCross(before: ArraySlice<LinePiece>, after: ArraySlice<LinePiece>) -> Bool {
        guard let last = before.last, !after.isEmpty, !last.edges.endsWithSpace else { return false }
        for piece in before.reversed() {
            if piece.edges.trailingRunIsMarked { return true }
            if piece.edges.hasSpace { break }
        }
        for piece in after {
            if piece.edges.leadingRunIsMarked { return true }
            if piece.edges.hasSpace { break }
        }
        return false
    }
}
