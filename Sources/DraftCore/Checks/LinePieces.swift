/// A part of a very long line (a paste with no line breaks), checked on its own.
struct LinePiece: Equatable, Sendable {
    /// The piece's bytes in the line: from a word's start to the next piece's.
    var bytes: Range<Int>
    /// Its report, with offsets counted from the piece's start: all but the sentences at its edges.
    var report: ParagraphReport
    /// What the line's sentences and phrases need of its two ends.
    var edges: PieceEdges
    /// How long it was when it was last looked at for places to cut: a piece typed into is
    /// looked at again only once it has grown more.
    var lookedAt: Int
}

/// A paragraph of one long line is checked in pieces, so that an edit re-checks the pieces
/// around it instead of the whole line. A piece ends before a word: where a sentence ends, or, in
/// a long stretch with no sentence end (a list of words), where no trigger phrase could run across
/// the cut; after a space, or inside a run with no space (a blob of data) that holds no byte a
/// link or a variable is made of. Every piece but the first starts with a word, so the pieces'
/// words, marks and links are the line's; the sentences that run across cuts are joined by a
/// walk over the pieces' edges. The pieces give what the line whole gives.
extension ParagraphReport {
    /// A one-line paragraph longer than this is checked in pieces.
    static let pieceThreshold = 8192
    /// A piece ends at the first sentence end past this many bytes, or at the first word past
    /// twice as many where no sentence ends.
    static let pieceBytes = 512

    /// The report of a long line, from its pieces; a line with nowhere to cut is checked whole.
    static func checkInPieces(_ line: String, field: CopyField, context: CopyContext) -> ParagraphReport {
        let pieces = self.pieces(of: line, in: 0..<line.utf8.count, field: field, context: context)
        guard pieces.count > 1 else { return check([line][...], field: field, context: context, inPieces: false) }
        var report = ParagraphReport(lineCount: 1)
        report.splice([], with: pieces, movingLaterBy: 0, before: [])
        report.join(pieces, field: field, context: context)
        return report
    }

    /// The pieces of a region of a line that starts and ends where pieces do; with `lookedAt`
    /// (its length when it was last looked at for cuts), the region is one piece, not cut. Without
    /// `inRuns`, a cut falls only after a space.
    static func pieces(
        of line: String, in region: Range<Int>, field: CopyField, context: CopyContext, lookedAt: Int? = nil,
        inRuns: Bool = true
    ) -> [LinePiece] {
        var text = line
        let cuts: [Int] =
            lookedAt != nil
            ? []
            : text.withUTF8 { bytes in
                let slice = UnsafeBufferPointer(rebasing: bytes[region])
                let links = linkRanges(in: slice)
                var words = CopyWord.words(in: slice)
                if !links.isEmpty { words.removeAll { word in links.contains { $0.overlaps(word.bytes) } } }
                CopyWord.markSentenceEnds(&words, in: slice)
                let marked = inRuns ? markedRuns(in: slice) : []
                var nextMarked = 0
                var cuts: [Int] = []
                var start = 0
                for n in words.indices.dropLast() {
                    let next = words[n + 1].bytes.lowerBound
                    guard next - start >= pieceBytes else { continue }
                    let afterSpace = slice[next - 1] == 0x20 || slice[next - 1] == 0x09
                    if !afterSpace {
                        guard inRuns else { continue }
                        while nextMarked < marked.count, marked[nextMarked].upperBound < next { nextMarked += 1 }
                        if nextMarked < marked.count, marked[nextMarked].contains(next) { continue }
                    }
                    guard
                        words[n].endsSentence
                            || (next - start >= 2 * pieceBytes && !context.triggers.crosses(words, at: n + 1))
                    else { continue }
                    cuts.append(region.lowerBound + next)
                    start = next
                }
                return cuts
            }
        var pieces: [LinePiece] = []
        var start = region.lowerBound
        for end in cuts + [region.upperBound] where end > start {
            let (report, edges) = checkPiece(String(line.utf8Slice(start..<end)), field: field, context: context)
            pieces.append(
                LinePiece(bytes: start..<end, report: report, edges: edges, lookedAt: lookedAt ?? end - start))
            start = end
        }
        return pieces
    }

    /// The runs with no space that hold a byte a link or a variable is made of: no cut falls inside one.
    private static func markedRuns(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0, marked = false
        for (i, byte) in bytes.enumerated() {
            if byte == 0x20 || byte == 0x09 {
                if marked { runs.append(start..<i) }
                start = i + 1
                marked = false
            } else if byte == 0x2E || byte == 0x25 || byte == 0x7B || byte == 0x7D {
                marked = true
            }
        }
        if marked { runs.append(start..<bytes.count) }
        return runs
    }

    /// After an edit replaced the bytes `edit` of the line with `inserted` bytes: the pieces it
    /// touched, and one on each side (a sentence's end may have come or gone), are checked
    /// again; those after it move. An edit inside one piece, before its last word, leaves its ends
    /// where they were: that piece alone is checked again. Then every cut from the region's start
    /// to its end must still hold (the piece after it starts with a word, and no phrase, link or
    /// variable runs across it); where one does not, the pieces beside are taken in too.
    mutating func update(line: String, edit: Range<Int>, inserted: Int, field: CopyField, context: CopyContext) {
        guard var pieces, !pieces.isEmpty else { return }
        self.pieces = nil  // the local copy is then the only one, changed in place
        unjoin(pieces)
        let delta = inserted - edit.count
        var first = pieces.firstIndex { $0.bytes.upperBound >= edit.lowerBound } ?? pieces.count - 1
        var last = pieces.lastIndex { $0.bytes.lowerBound <= edit.upperBound } ?? first
        var inside =
            first == last && pieces[first].bytes.lowerBound < edit.lowerBound
            && edit.upperBound < pieces[first].bytes.lowerBound + pieces[first].edges.lastWordStart
        var inRuns = true
        while true {
            if !inside {
                first = max(0, first - 1)
                last = min(pieces.count - 1, max(first, last) + 1)
            }
            let region = pieces[first].bytes.lowerBound..<(pieces[last].bytes.upperBound + delta)
            // A piece edited inside keeps its ends: it is looked at for cuts again only once it has
            // grown long, and by a piece's length since it was last, so that typing does not find
            // its words twice on every key.
            let lookedAt = pieces[first].lookedAt
            let fresh = Self.pieces(
                of: line, in: region, field: field, context: context,
                lookedAt: inside && region.count < max(4 * Self.pieceBytes, lookedAt + Self.pieceBytes)
                    ? lookedAt : nil, inRuns: inRuns)
            let old = Array(pieces[first...last])
            pieces.replaceSubrange(first...last, with: fresh)
            let end = first + fresh.count
            let broken = stride(from: max(1, first), through: min(end, pieces.count - 1), by: 1).first { cut in
                !pieces[cut].edges.startsWithWord
                    || Self.phraseMayCross(before: pieces[..<cut], after: pieces[cut...], context: context)
                    || Self.runMayCross(before: pieces[..<cut], after: pieces[cut...])
            }
            guard let broken else {
                for index in end..<pieces.count {
                    pieces[index].bytes =
                        (pieces[index].bytes.lowerBound + delta)..<(pieces[index].bytes.upperBound + delta)
                }
                splice(old[...], with: fresh, movingLaterBy: delta, before: pieces[..<first])
                break
            }
            pieces.replaceSubrange(first..<end, with: old)
            // A cut made here that does not hold was in a run: the region is cut after spaces only.
            if broken > first && broken < end { inRuns = false }
            inside = false
        }
        join(pieces, field: field, context: context)
    }

    /// Adds what runs across the pieces' cuts (`joinSentences`) to their own figures, and keeps them.
    private mutating func join(_ pieces: [LinePiece], field: CopyField, context: CopyContext) {
        let joined = Self.joinSentences(pieces, hasLinks: !links.isEmpty, field: field, context: context)
        sentences += joined.sentences
        findings += joined.findings
        self.pieces = pieces
    }

    /// Takes out what `join` added, leaving the pieces' own figures: the joined findings come after theirs.
    private mutating func unjoin(_ pieces: [LinePiece]) {
        sentences = pieces.reduce(0) { $0 + $1.report.sentences }
        findings.removeLast(findings.count - pieces.reduce(0) { $0 + $1.report.findings.count })
    }

    /// The line's figures with `old` pieces' share taken out and `fresh` pieces' put in their
    /// place, in place: what comes after them moves by `delta` bytes. An edit splices the pieces
    /// it checked again, rather than gathering every piece's findings on each keystroke.
    private mutating func splice(
        _ old: ArraySlice<LinePiece>, with fresh: [LinePiece], movingLaterBy delta: Int,
        before: ArraySlice<LinePiece>
    ) {
        func replace<T>(
            _ items: inout [T], _ part: KeyPath<ParagraphReport, [T]>, _ move: (T, Int) -> T
        ) {
            let start = before.reduce(0) { $0 + $1.report[keyPath: part].count }
            let end = start + old.reduce(0) { $0 + $1.report[keyPath: part].count }
            let added = fresh.flatMap { piece in piece.report[keyPath: part].map { move($0, piece.bytes.lowerBound) } }
            items.replaceSubrange(start..<end, with: added)
            if delta != 0 {
                for index in (start + added.count)..<items.count { items[index] = move(items[index], delta) }
            }
        }
        replace(&findings, \.findings) { $0.moved(bytes: $1) }
        replace(&links, \.links) { $0.moved(bytes: $1) }
        replace(&exclamations, \.exclamations) { $0.moved(bytes: $1) }
        for piece in old {
            words -= piece.report.words
            sentences -= piece.report.sentences
            syllables -= piece.report.syllables
        }
        for piece in fresh {
            words += piece.report.words
            sentences += piece.report.sentences
            syllables += piece.report.syllables
        }
    }
}
