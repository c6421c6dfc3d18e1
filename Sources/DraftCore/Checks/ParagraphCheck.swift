import TemplateSyntax

/// The copy checks that look at one paragraph (lines between blank lines) on its own, and the
/// figures of it that whole-text checks add up: words, sentences, syllables, links and
/// exclamation marks. Typing re-checks only the paragraph it is in (see `CopyCheckMemo`).
struct ParagraphReport: Equatable, Sendable {
    /// Lines in the paragraph.
    var lineCount: Int
    /// What it found, with lines counted from the paragraph's first.
    var findings: [CopyFinding] = []
    var words = 0
    var sentences = 0
    var syllables = 0
    /// Every link and every exclamation mark, with lines counted from the paragraph's first:
    /// too many is a matter of the whole text.
    var links: [Range<TextPosition>] = []
    var exclamations: [Range<TextPosition>] = []
    /// For one long line, the pieces it was checked in (see `LinePieces`); nil otherwise.
    var pieces: [LinePiece]?

    /// Hosts that shorten links.
    static let shorteners: Set<String> = [
        "bit.ly", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "buff.ly", "rebrand.ly", "cutt.ly",
        "shorturl.at", "tiny.cc", "rb.gy", "bl.ink", "short.io", "lnkd.in", "t.ly", "v.gd", "s.id", "shorte.st",
        "adf.ly", "bitly.com", "tr.im", "x.co", "soo.gd", "clck.ru"
    ]

    /// Checks the lines of one paragraph of a field; one long line is checked in pieces unless
    /// `inPieces` is false.
    static func check(
        _ lines: ArraySlice<String>, field: CopyField, context: CopyContext, inPieces: Bool = true
    ) -> ParagraphReport {
        if inPieces, lines.count == 1, let line = lines.first, isCheckedInPieces(line) {
            return checkInPieces(line, field: field, context: context)
        }
        var edges: PieceEdges?
        return check(lines, field: field, context: context, edges: &edges)
    }

    /// Checks one piece of a long line: what the sentences at its two ends need of the pieces
    /// beside it is left to `PieceEdges` instead of being counted.
    static func checkPiece(_ piece: String, field: CopyField, context: CopyContext) -> (ParagraphReport, PieceEdges) {
        var edges: PieceEdges? = PieceEdges()
        let report = check([piece][...], field: field, context: context, edges: &edges)
        return (report, edges!)
    }

    /// Checks lines as a paragraph, or, with `edges`, one piece of a line.
    private static func check(
        _ lines: ArraySlice<String>, field: CopyField, context: CopyContext, edges: inout PieceEdges?
    ) -> ParagraphReport {
        var report = ParagraphReport(lineCount: lines.count)
        // The paragraph's words and the line each is on, for phrases that run across lines.
        var paragraphWords: [CopyWord] = [], wordLines: [Int] = []
        for (index, text) in lines.enumerated() {
            var line = text
            // The line's bytes are read in place by every check: typing re-checks its paragraph.
            let (links, words) = line.withUTF8 { bytes in
                let links = linkRanges(in: bytes)
                var words = CopyWord.words(in: bytes)
                if !links.isEmpty { words.removeAll { word in links.contains { $0.overlaps(word.bytes) } } }
                CopyWord.markSentenceEnds(&words, in: bytes)
                report.checkMarks(in: bytes, line: index, outside: links, field: field)
                edges?.noteRuns(bytes)
                report.checkSentences(
                    words, links: links.count, in: bytes, line: index, field: field, context: context, edges: &edges)
                return (links, words)
            }
            report.links += links.map { span(index, $0) }
            for range in links where isShortened(line.utf8Slice(range)) {
                report.findings.append(
                    CopyFinding(.shortener, field, span(index, range), "“\(line.utf8Slice(range))”"))
            }
            paragraphWords += words
            wordLines += repeatElement(index, count: words.count)
            report.checkCapitals(words, in: line, line: index, field: field, context: context)
            if let filled = context.filledAtSend {
                for word in words where word.isVariable {
                    let name = TemplateSyntax.name(ofVariable: line.utf8Slice(word.bytes))
                    if !filled.contains(name) {
                        report.findings.append(
                            CopyFinding(.unresolved, field, span(index, word.bytes), String(line.utf8Slice(word.bytes)))
                        )
                    }
                }
            }
        }
        for match in context.triggers.matches(in: paragraphWords) {
            let range =
                TextPosition(
                    line: wordLines[match.first], offset: paragraphWords[match.first].bytes.lowerBound)..<TextPosition(
                    line: wordLines[match.last], offset: paragraphWords[match.last].bytes.upperBound)
            report.findings.append(CopyFinding(.trigger, field, range, "“\(match.phrase.text)” (\(match.phrase.kind))"))
        }
        report.findings.sort(by: CopyFinding.inReadingOrder)
        edges?.keepEdgeWords(paragraphWords, reach: context.triggers.longest - 1)
        return report
    }

    private static func span(_ line: Int, _ bytes: Range<Int>) -> Range<TextPosition> {
        TextPosition(line: line, offset: bytes.lowerBound)..<TextPosition(line: line, offset: bytes.upperBound)
    }

    /// Exclamation marks (and runs of them), em-dashes and hidden characters, outside links.
    private mutating func checkMarks(
        in bytes: UnsafeBufferPointer<UInt8>, line index: Int, outside links: [Range<Int>], field: CopyField
    ) {
        var i = 0
        while i < bytes.count {
            if let link = links.first(where: { $0.contains(i) }) {
                i = link.upperBound
                continue
            }
            if bytes[i] == 0x21 || (bytes[i] == 0x3F && i + 1 < bytes.count && bytes[i + 1] == 0x21) {
                var end = i
                var marks = 0
                while end < bytes.count, bytes[end] == 0x21 || bytes[end] == 0x3F {
                    if bytes[end] == 0x21 {
                        marks += 1
                        exclamations.append(Self.span(index, end..<(end + 1)))
                    }
                    end += 1
                }
                if end - i >= 2 && marks > 0 {
                    let run = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self)
                    findings.append(CopyFinding(.exclamationRun, field, Self.span(index, i..<end), "“\(run)”"))
                }
                i = end
                continue
            }
            guard bytes[i] >= 0x80 else {
                i += 1
                continue
            }
            // Beyond ASCII, read a character whole: an em-dash (U+2014), or one that hides.
            let (scalar, length) = bytes.scalar(at: i)
            let span = Self.span(index, i..<(i + length))
            if scalar == 0x2014 {
                findings.append(CopyFinding(.emDash, field, span, "“—”"))
            } else if let name = HiddenCharacter.name(of: scalar) {
                findings.append(CopyFinding(.hiddenCharacter, field, span, name))
            }
            i += length
        }
    }

    /// Words of three or more letters all in capitals that are neither acronyms nor known names.
    private mutating func checkCapitals(
        _ words: [CopyWord], in line: String, line index: Int, field: CopyField, context: CopyContext
    ) {
        for word in words where !word.isVariable && word.letters >= 3 && word.capitals == word.letters {
            let text = String(line.utf8Slice(word.bytes))
            let upper = text.uppercased()
            if CopyContext.acronyms.contains(upper) || context.knownCapitals.contains(upper) { continue }
            findings.append(CopyFinding(.shouting, field, Self.span(index, word.bytes), "“\(text)”"))
        }
    }

    /// Splits a line into sentences (a line's end ends one too: greetings and sign-offs stand
    /// alone), counts their words and syllables, and flags the long ones. A link is one word.
    /// In a piece (`edges`), the sentence its first words end and the one its last words begin
    /// may run into the pieces beside it: they are noted in `edges`, not counted.
    private mutating func checkSentences(
        _ words: [CopyWord], links: Int, in bytes: UnsafeBufferPointer<UInt8>, line index: Int, field: CopyField,
        context: CopyContext, edges: inout PieceEdges?
    ) {
        self.words += words.count + links
        syllables += words.reduce(links) { $0 + $1.syllables }
        guard !words.isEmpty else {
            if links > 0 && edges == nil { sentences += 1 }
            return
        }
        // Where a finding on a sentence ending with the word `n` stops: at the space after it.
        func findingEnd(_ n: Int) -> Int {
            let gapEnd = n + 1 < words.count ? words[n + 1].bytes.lowerBound : bytes.count
            return bytes[words[n].bytes.upperBound..<gapEnd].firstIndex(where: { $0 == 0x20 }) ?? gapEnd
        }
        var first = 0
        for (n, word) in words.enumerated() {
            // A line's end ends a sentence too: greetings and sign-offs stand alone.
            guard word.endsSentence || (n + 1 == words.count && edges == nil) else { continue }
            defer { first = n + 1 }
            if first == 0, edges != nil {
                edges!.head(words: n + 1, start: words[0].bytes.lowerBound, end: findingEnd(n))
                continue
            }
            sentences += 1
            let count = n - first + 1
            if count > context.thresholds.sentenceWords {
                findings.append(
                    CopyFinding(
                        .longSentence, field, Self.span(index, words[first].bytes.lowerBound..<findingEnd(n)),
                        "\(count) words"))
            }
        }
        edges?.tail(
            words: words.count - first, start: first < words.count ? words[first].bytes.lowerBound : 0,
            firstWord: words[0].bytes.lowerBound, lineEnd: findingEnd(words.count - 1))
    }

    /// Links in a line: runs without spaces that start with a scheme or `www.`, or a shortener's host.
    static func linkRanges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard bytes.contains(0x2E) else { return [] }
        var found: [Range<Int>] = []
        var start = 0
        while start < bytes.count {
            while start < bytes.count, isSpace(bytes[start]) { start += 1 }
            var end = start
            while end < bytes.count, !isSpace(bytes[end]) { end += 1 }
            // Leading "(" or "<" and trailing punctuation belong to the sentence.
            var lower = start, upper = end
            while lower < upper, linkOpeners.contains(bytes[lower]) { lower += 1 }
            while upper > lower, [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x3E, 0x22, 0x27].contains(bytes[upper - 1])
            {
                upper -= 1
            }
            // Only a run with a dot inside can be a link: the rest is not made into a String.
            if lower < upper, bytes[lower..<upper].dropLast().contains(0x2E) {
                let chunk = String(decoding: bytes[lower..<upper], as: UTF8.self).lowercased()
                if chunk.hasPrefix("http://") || chunk.hasPrefix("https://") || chunk.hasPrefix("www.")
                    || isShortened(chunk[...])
                {
                    found.append(lower..<upper)
                }
            }
            start = end
        }
        return found
    }

    /// Whether a link goes through a shortener.
    static func isShortened(_ link: Substring) -> Bool {
        var host = link.lowercased()[...]
        for prefix in ["https://", "http://"] where host.hasPrefix(prefix) { host = host.dropFirst(prefix.count) }
        if host.hasPrefix("www.") { host = host.dropFirst(4) }
        let name = host.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return shorteners.contains(String(name)) && (name.count < host.count || link.hasPrefix("http"))
    }
}
