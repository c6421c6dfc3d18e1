import PuffleAPI
import TemplateSyntax

/// For one variable the sequence uses, how many of the roster's leads (or the campaign's
/// senders) would get nothing for it: "Hi ," is what such a lead receives.
public struct VariableCoverage: Equatable, Sendable {
    /// Who fills the variable.
    public enum Filler: Equatable, Sendable {
        case leads
        case senders
    }

    /// The variable's name (`company`, `custom_fields.industry`).
    public let name: String
    /// Who fills it.
    public let filler: Filler
    /// How many of them have no value for it.
    public let empty: Int
    /// How many there are (the leads read so far, or the senders).
    public let total: Int
    /// Whether no lead could ever have it: not a lead field, not a sender field, and not a
    /// custom field of any lead read.
    public let known: Bool

    /// `%company% empty for 17 of 250 leads`, or `no lead has %custom_fields.industry%`.
    public var sentence: String {
        let who = filler == .leads ? "lead" : "sender"
        if !known || (empty == total && filler == .senders) { return "no \(who) has %\(name)%" }
        return "%\(name)% empty for \(empty.grouped) of \(total.grouped) \(who)\(total == 1 ? "" : "s")"
    }

    /// The variables the texts use, each once, in the order they first appear.
    static func variables(in texts: [String]) -> [String] {
        var names: [String] = []
        var seen = Set<String>()
        for text in texts {
            for range in TemplateSyntax.variables(in: text[...]) {
                let name = TemplateSyntax.name(ofVariable: text[range])
                if seen.insert(name).inserted { names.append(name) }
            }
        }
        return names
    }

    /// Whether a value leaves the lead with nothing to read.
    static func isEmpty(_ value: String?) -> Bool { value?.allSatisfy(\.isWhitespace) ?? true }

    /// The coverage of each variable the texts use that someone lacks, the ones no lead can have
    /// first, then the most often empty.
    static func report(texts: [String], prospects: [Prospect], senders: [SenderAccount]) -> [VariableCoverage] {
        var customKeys = Set<String>()
        for prospect in prospects { customKeys.formUnion(prospect.customFields.keys) }
        var found: [VariableCoverage] = []
        for name in variables(in: texts) {
            switch TemplateFields.source(of: name) {
            case .sender:
                let empty = senders.count { isEmpty($0.variables[name]) }
                if senders.isEmpty || empty > 0 {
                    found.append(.init(name: name, filler: .senders, empty: empty, total: senders.count, known: true))
                }
            case .unknown:
                found.append(
                    .init(name: name, filler: .leads, empty: prospects.count, total: prospects.count, known: false))
            case .custom(let key) where !customKeys.contains(key):
                found.append(
                    .init(name: name, filler: .leads, empty: prospects.count, total: prospects.count, known: false))
            case .lead, .custom:
                var empty = 0
                for index in prospects.indices where isEmpty(prospects[index].value(forVariable: name)) { empty += 1 }
                if empty > 0 {
                    found.append(.init(name: name, filler: .leads, empty: empty, total: prospects.count, known: true))
                }
            }
        }
        return found.enumerated().sorted { a, b in
            (a.element.known ? 1 : 0, -a.element.empty, a.offset) < (
                b.element.known ? 1 : 0, -b.element.empty, b.offset
            )
        }.map(\.element)
    }
}

extension Int {
    /// With thousands separated: "1,204".
    var grouped: String {
        let digits = String(magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return (self < 0 ? "-" : "") + out
    }
}
