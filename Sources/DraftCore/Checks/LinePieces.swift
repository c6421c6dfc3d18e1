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
/// the cut; after a space, or inside a run with no space (a blob of data) where no link or
/// variable could run across it (`cutHolds`). Every piece but the first starts with a word, so the
/// pieces' words, marks and links are the line's; the sentences that run across cuts are joined
/// by a walk over the pieces' edges. The pieces give what the line whole gives.
extension ParagraphReport {
    /// A line longer than this is a paragraph of its own, checked in pieces.
    static let pieceThreshold = 8192
    /// Whether a line is checked in pieces, as a paragraph of its own.
    static func isCheckedInPieces(_ line: String) -> Bool { line.utf8.count > pieceThreshold }
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
    /// (its length when it was last looked at for cuts), the region is one piece, not cut.
    /// `runIsLinkish` says whether the run with no space that the region may start inside begins
    /// as a link may (`runIsLinkish(before:)`); it is asked only for a cut in that run.
    static func pieces(
        of line: String, in region: Range<Int>, field: CopyField, context: CopyContext, lookedAt: Int? = nil,
        runIsLinkish: @autoclosure () -> Bool = false
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
                // Where the run holding the candidate began (nil: before the region), found going along.
                let startsRun = region.lowerBound == 0 || isSpace(bytes[region.lowerBound - 1])
                var scanned = 0, runStart: Int? = startsRun ? 0 : nil
                var cuts: [Int] = []
                var start = 0
                for n in words.indices.dropLast() {
                    let next = words[n + 1].bytes.lowerBound
                    guard next - start >= pieceBytes else { continue }
                    while scanned < next {
                        if isSpace(slice[scanned]) { runStart = scanned + 1 }
                        scanned += 1
                    }
                    let holds = cutHolds(in: bytes, at: region.lowerBound + next) {
                        runStart.map { mayBeLink(slice, at: $0) } ?? runIsLinkish()
                    }
                    guard holds,
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

    /// After an edit replaced the bytes `edit` of the line with `inserted` bytes: the pieces it
    /// touched, and one on each side (a sentence's end may have come or gone), are checked
    /// again; those after it move. An edit inside one piece, before its last word (or anywhere in
    /// the line's last piece, past its first byte), leaves its ends where they were: that piece
    /// alone is checked again. Then every cut from the region's start
    /// to its end must still hold (the piece after it starts with a word, and no phrase, link or
    /// variable runs across it); where one does not, the pieces beside are taken in too.
    mutating func update(line: String, edit: Range<Int>, inserted: Int, field: CopyField, context: CopyContext) {
        guard var pieces, !pieces.isEmpty else { return }
        self.pieces = nil  // the local copy is then the only one, changed in place
        unjoin(pieces)
        let delta = inserted - edit.count
        var first = pieces.firstIndex { $0.bytes.upperBound >= edit.lowerBound } ?? pieces.count - 1
        var last = pieces.lastIndex { $0.bytes.lowerBound <= edit.upperBound } ?? first
        // The line's last piece ends at no cut: typing at the line's end is inside it too.
        var inside =
            first == last && pieces[first].bytes.lowerBound < edit.lowerBound
            && (edit.upperBound < pieces[first].bytes.lowerBound + pieces[first].edges.lastWordStart
                || first == pieces.count - 1)
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
                    ? lookedAt : nil, runIsLinkish: Self.runIsLinkish(before: pieces[..<first]))
            let old = Array(pieces[first...last])
            pieces.replaceSubrange(first...last, with: fresh)
            let end = first + fresh.count
            var text = line
            let broken = text.withUTF8 { bytes in
                stride(from: max(1, first), through: min(end, pieces.count - 1), by: 1).contains { cut in
                    // The cut's byte in the edited line: the pieces from `end` on are not moved yet.
                    let at = cut == first ? pieces[cut].bytes.lowerBound : pieces[cut - 1].bytes.upperBound
                    return !pieces[cut].edges.startsWithWord
                        || Self.phraseMayCross(before: pieces[..<cut], after: pieces[cut...], context: context)
                        || !Self.cutHolds(in: bytes, at: at) { Self.runIsLinkish(before: pieces[..<cut]) }
                }
            }
            if !broken {
                for index in end..<pieces.count {
                    pieces[index].bytes =
                        (pieces[index].bytes.lowerBound + delta)..<(pieces[index].bytes.upperBound + delta)
                }
                splice(old[...], with: fresh, movingLaterBy: delta, before: pieces[..<first])
                break
            }
            // Taken in until it holds: over the whole line, the cuts made are those that hold.
            pieces.replaceSubrange(first..<end, with: old)
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
