/// What the checks of a long line need to know of one piece's two ends, where a cut may fall
/// inside a sentence: the sentence its first words end and the one its last words begin (the
/// line's walk over its pieces counts and flags those, `ParagraphReport.joinSentences`), and its
/// first and last words (a trigger phrase must not run across a cut, `phraseMayCross`).
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

    /// Keeps the first and last `reach` words.
    mutating func keepEdgeWords(_ words: [CopyWord], reach: Int) {
        firstWords = Array(words.prefix(max(0, reach)))
        lastWords = Array(words.suffix(max(0, reach)))
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
}
