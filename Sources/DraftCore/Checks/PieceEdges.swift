/// What the checks of a long line need to know of one piece's two ends, where a cut may fall
/// inside a sentence or inside a run with no space (a blob of data): the sentence its first words
/// end and the one its last words begin (the line's walk over its pieces counts and flags those,
/// `ParagraphReport.joinSentences`), its first and last words (a trigger phrase must not run
/// across a cut, `LineCuts`), and the runs at its ends (nor a link, `LineCuts`).
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
    /// Whether the run of bytes with no space at its start, and the one after its last space,
    /// begin as a link may (`http`, `www.`, a shortener's host): a cut inside such a run could
    /// fall inside a link, which is the whole run.
    private(set) var leadingRunIsLinkish = false
    private(set) var trailingRunIsLinkish = false

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
        let lastSpace = bytes.lastIndex(where: ParagraphReport.isSpace)
        hasSpace = lastSpace != nil
        endsWithSpace = lastSpace != nil && lastSpace == bytes.count - 1
        leadingRunIsLinkish = ParagraphReport.mayBeLink(bytes, at: 0)
        trailingRunIsLinkish = ParagraphReport.mayBeLink(bytes, at: (lastSpace ?? -1) + 1)
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
        // By index, reading only the edges: a copy of each piece would retain its report's arrays.
        for index in pieces.indices {
            let edges = pieces[index].edges, offset = pieces[index].bytes.lowerBound
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
}
