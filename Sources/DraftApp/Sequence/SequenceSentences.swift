import DraftCore
import TemplateSyntax

/// A sentence of an email's template, as the checks across emails compare it: case, spacing
/// and punctuation left out, and each variable reduced to its name, so `{{ first_name }}` and
/// `%first_name%` are the same words.
struct SequenceSentence: Equatable, Sendable {
    /// The compared form: lowercased words and `%names%`, one space apart.
    let normalized: String
    /// The sentence as written, for the finding's quote.
    let text: String
    /// Where it starts in the body: Enter puts the cursor there.
    let start: TextPosition
    /// Whether it is a line of its own that ends with a comma: a greeting or a sign-off
    /// ("Hi %first_name%,", "Best,"), which every email may share.
    let isSalutation: Bool

    /// The words it has once normalised.
    var wordCount: Int { normalized.isEmpty ? 0 : normalized.split(separator: " ").count }

    /// Whether the checks compare it: three words or more, and not a greeting or sign-off.
    var counts: Bool { !isSalutation && wordCount >= 3 }

    /// The sentences of a text, line by line: a line break ends a sentence, and so do `.`, `!`
    /// and `?` before a space or the end of the line.
    static func sentences(in text: String) -> [SequenceSentence] {
        var found: [SequenceSentence] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmedLine = line.trimmingSpaces
            var start = line.startIndex
            var position = line.startIndex
            while position < line.endIndex {
                let character = line[position]
                let next = line.index(after: position)
                if ".!?".contains(character), next == line.endIndex || line[next] == " " {
                    append(line[start..<next], line: index, in: line, whole: trimmedLine, to: &found)
                    start = next
                }
                position = next
            }
            if start < line.endIndex { append(line[start...], line: index, in: line, whole: trimmedLine, to: &found) }
        }
        return found
    }

    private static func append(
        _ piece: Substring, line: Int, in text: Substring, whole: Substring, to found: inout [SequenceSentence]
    ) {
        let sentence = piece.trimmingSpaces
        guard !sentence.isEmpty else { return }
        let offset = text.utf8.distance(from: text.startIndex, to: sentence.startIndex)
        found.append(
            SequenceSentence(
                normalized: normalize(sentence), text: String(sentence),
                start: TextPosition(line: line, offset: offset),
                isSalutation: sentence == whole && sentence.hasSuffix(",")))
    }

    /// Lowercased words and `%names%`, one space apart; everything else is a space.
    static func normalize(_ text: Substring) -> String {
        var words: [String] = []
        var word = ""
        var position = text.startIndex
        let variables = TemplateSyntax.variables(in: text)
        var nextVariable = 0
        while position < text.endIndex {
            if nextVariable < variables.count, variables[nextVariable].lowerBound == position {
                let range = variables[nextVariable]
                if !word.isEmpty { words.append(word) }
                word = ""
                words.append("%\(TemplateSyntax.name(ofVariable: text[range]).lowercased())%")
                position = range.upperBound
                nextVariable += 1
                continue
            }
            let character = text[position]
            if character.isLetter || character.isNumber {
                word += character.lowercased()
            } else if character != "'" && character != "’" {
                if !word.isEmpty { words.append(word) }
                word = ""
            }
            position = text.index(after: position)
        }
        if !word.isEmpty { words.append(word) }
        return words.joined(separator: " ")
    }
}

extension Substring {
    /// Without the spaces and tabs at either end.
    fileprivate var trimmingSpaces: Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return text
    }
}
