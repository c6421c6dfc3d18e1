/// The reading grade copy tools quote: Flesch–Kincaid, from words per sentence and syllables per
/// word, with syllables counted the usual way (groups of vowels, a silent final e dropped).
public enum Readability {
    /// The Flesch–Kincaid grade of a text with these totals; nil for a text too short to judge
    /// (fewer than `minimumWords` words), where one long word swings the grade by years.
    public static func grade(words: Int, sentences: Int, syllables: Int) -> Double? {
        guard words >= minimumWords, sentences > 0 else { return nil }
        return 0.39 * Double(words) / Double(sentences) + 11.8 * Double(syllables) / Double(words) - 15.59
    }

    /// Below this many words the grade is not given.
    public static let minimumWords = 20

    /// The syllables of a lowercased word; at least one. Digits and signs count as one.
    static func syllables(in word: String) -> Int {
        var count = 0
        var previousVowel = false
        var last: Character = " ", beforeLast: Character = " "
        var letters = 0
        for character in word where character.isLetter {
            let vowel = "aeiouyàáâäèéêëìíîïòóôöùúûüæøå".contains(character)
            if vowel && !previousVowel { count += 1 }
            previousVowel = vowel
            beforeLast = last
            last = character
            letters += 1
        }
        // "make" has one, "table" two: a final e is silent unless it follows an l after a consonant.
        if last == "e", count > 1, !(beforeLast == "l" && letters > 2) { count -= 1 }
        return max(1, count)
    }
}
