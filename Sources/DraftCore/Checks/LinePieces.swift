/// A part of a very long line (a paste with no line breaks), checked on its own.
struct LinePiece: Equatable, Sendable {
    /// The piece's bytes in the line: from a word's start to the next piece's.
    var bytes: Range<Int>
    /// Its report, with offsets counted from the piece's start.
    var report: ParagraphReport
    /// How long it was when it was last looked at for sentence ends to cut at: a piece without
    /// any (typing that never ends a sentence) is looked at again only once it has grown more.
    var lookedAt: Int
}

/// A paragraph of one long line is checked in pieces that end where a sentence does, so that an
/// edit re-checks the pieces around it instead of the whole line. No check runs across a
/// sentence's end and a piece ends before a space, so the pieces give what the line whole gives.
extension ParagraphReport {
    /// A one-line paragraph longer than this is checked in pieces.
    static let pieceThreshold = 8192
    /// A piece ends at the first sentence end past this many bytes.
    static let pieceBytes = 512

    /// The report of a long line, from its pieces; a line with no sentence end to cut at is
    /// checked whole.
    static func checkInPieces(_ line: String, field: CopyField, context: CopyContext) -> ParagraphReport {
        let pieces = self.pieces(of: line, in: 0..<line.utf8.count, field: field, context: context)
        guard pieces.count > 1 else { return check([line][...], field: field, context: context, inPieces: false) }
        return combined(pieces)
    }

    /// The pieces of a region of a line that starts and ends where pieces do; with `lookedAt`
    /// (its length when it was last looked at for cuts), the region is one piece, not cut.
    static func pieces(
        of line: String, in region: Range<Int>, field: CopyField, context: CopyContext, lookedAt: Int? = nil
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
                var cuts: [Int] = []
                var start = 0
                for n in words.indices.dropLast() where words[n].endsSentence {
                    let next = words[n + 1].bytes.lowerBound
                    guard next - start >= pieceBytes, slice[next - 1] == 0x20 || slice[next - 1] == 0x09 else {
                        continue
                    }
                    cuts.append(region.lowerBound + next)
                    start = next
                }
                return cuts
            }
        var pieces: [LinePiece] = []
        var start = region.lowerBound
        for end in cuts + [region.upperBound] where end > start {
            let piece = String(line.utf8Slice(start..<end))
            pieces.append(
                LinePiece(
                    bytes: start..<end, report: check([piece][...], field: field, context: context, inPieces: false),
                    lookedAt: lookedAt ?? end - start))
            start = end
        }
        return pieces
    }

    /// The report of a line from its pieces' reports.
    static func combined(_ pieces: [LinePiece]) -> ParagraphReport {
        var report = ParagraphReport(lineCount: 1)
        report.splice([], with: pieces, movingLaterBy: 0, before: [])
        report.pieces = pieces
        return report
    }

    /// After an edit replaced the bytes `edit` of the line with `inserted` bytes: the pieces it
    /// touched, and one on each side (a sentence's end may have come or gone), are checked
    /// again; those after it move. An edit inside one piece that leaves its last word alone
    /// leaves both its ends sentence ends: that piece alone is checked again.
    mutating func update(line: String, edit: Range<Int>, inserted: Int, field: CopyField, context: CopyContext) {
        guard var pieces, !pieces.isEmpty else { return }
        self.pieces = nil  // the local copy is then the only one, changed in place
        let delta = inserted - edit.count
        var first = pieces.firstIndex { $0.bytes.upperBound >= edit.lowerBound } ?? pieces.count - 1
        var last = pieces.lastIndex { $0.bytes.lowerBound <= edit.upperBound } ?? first
        let inside =
            first == last && pieces[first].bytes.lowerBound < edit.lowerBound
            && edit.lowerBound + inserted
                <= Self.lastWordStart(before: pieces[first].bytes.upperBound + delta, in: line)
        if !inside {
            first = max(0, first - 1)
            last = min(pieces.count - 1, max(first, last) + 1)
        }
        let region = pieces[first].bytes.lowerBound..<(pieces[last].bytes.upperBound + delta)
        // A piece edited inside keeps its ends: it is looked at for cuts again only once it has
        // grown long, and by a piece's length since it was last, so that typing does not find its
        // words twice on every key.
        let lookedAt = pieces[first].lookedAt
        let fresh = Self.pieces(
            of: line, in: region, field: field, context: context,
            lookedAt: inside && region.count < max(4 * Self.pieceBytes, lookedAt + Self.pieceBytes) ? lookedAt : nil)
        for index in (last + 1)..<pieces.count {
            pieces[index].bytes = (pieces[index].bytes.lowerBound + delta)..<(pieces[index].bytes.upperBound + delta)
        }
        splice(pieces[first...last], with: fresh, movingLaterBy: delta, before: pieces[..<first])
        pieces.replaceSubrange(first...last, with: fresh)
        self.pieces = pieces
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

    /// Where the last word before `end` (a piece's end, after the space that follows it) starts.
    private static func lastWordStart(before end: Int, in line: String) -> Int {
        let bytes = line.utf8
        var start = min(end, bytes.count)
        func isSpace(_ at: Int) -> Bool { SpellWords.isSpace(bytes[bytes.index(bytes.startIndex, offsetBy: at)]) }
        while start > 0, isSpace(start - 1) { start -= 1 }
        while start > 0, !isSpace(start - 1) { start -= 1 }
        return start
    }
}
