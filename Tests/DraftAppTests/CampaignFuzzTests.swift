import DraftCore
import Foundation
import PuffleAPI
import Synchronization
import TestSupport
import XCTest
@testable import DraftApp

/// Seeded fuzzing of the campaign routes' answers: mutated campaign documents and roster pages go
/// through the JSON reader and the models into the session, the sequence review and the
/// campaign's list, drawn at random sizes and stepped with their keys. Nothing may trap, and no
/// control character the server sent may be drawn.
final class CampaignFuzzTests: XCTestCase {
    override func setUp() { useUTF8Locale() }

    func testMutatedCampaignsAndRosterPagesNeverCrashTheReviewOrTheList() {
        let campaign = SampleCampaigns.draft()
        let page: JSONValue = [
            "prospects": .array(SampleCampaigns.prospects(12)), "total": 40, "page": 1, "limit": 100
        ]
        let documents = [JSONWriter.bytes(campaign), JSONWriter.bytes(page)]
        let sampleRoster = RosterPage(answer: page, page: 1, limit: 100)!
        let keys: [Key] = [.character("]"), .character("["), .down, .up, .pageDown, .enter, .escape, .control("o")]
        let seed = ServerFuzzTests.seed &+ 3
        let counts = Mutex<[String: Int]>([:])
        FuzzRunner.run(max(1, ServerFuzzTests.iterations / 2), seed: seed) { run, random in
            func count(_ what: String) { counts.withLock { $0[what, default: 0] += 1 } }
            let isCampaign = Bool.random(using: &random)
            // A value changed somewhere in the document most of the time; its bytes broken otherwise.
            let (family, bytes) =
                Int.random(in: 0..<4, using: &random) == 0
                ? ServerFuzz.document(from: documents[isCampaign ? 0 : 1], using: &random)
                : (
                    "values changed",
                    JSONWriter.bytes(
                        (0..<Int.random(in: 1...4, using: &random)).reduce(isCampaign ? campaign : page) { value, _ in
                            Self.mutated(value, using: &random)
                        })
                )
            let context = "seed \(seed), run \(run), a \(isCampaign ? "campaign" : "roster page") (\(family))"
            guard let value = try? JSONParser.parse(bytes) else {
                count("rejected as JSON")
                return []
            }
            var state = campaignState(roster: 0)
            let width = Int.random(in: 1...160, using: &random), height = Int.random(in: 1...50, using: &random)
            _ = apply(.input(.resize(width: width, height: height)), to: &state)
            var roster = sampleRoster
            if isCampaign {
                guard let parsed = Campaign(answer: value) else {
                    count("rejected as a campaign")
                    return []
                }
                _ = apply(.campaignLoaded(.success(parsed)), to: &state)
            } else {
                guard let parsed = RosterPage(answer: value, page: 1, limit: 100) else {
                    count("rejected as a roster page")
                    return []
                }
                roster = parsed
            }
            count("accepted and drawn")
            var failures: [String] = []
            func check(_ step: String) {
                let surface = ScreenView.render(state)
                if surface.cells.count != state.width * state.height {
                    failures.append("surface size \(step): \(context)")
                }
                if drawsControlCharacter(surface) { failures.append("control character drawn \(step): \(context)") }
            }
            check("in the session")
            for case .loadRoster(_, _, _, let reader) in press(.alt("s"), &state) {
                _ = apply(.rosterLoaded(.success(roster), for: reader), to: &state)
            }
            check("in the review")
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                let key = keys.randomElement(using: &random)!
                _ = press(key, &state)
                check("after \(key)")
            }
            return failures
        }
        let counted = counts.withLock { $0 }.sorted { $0.key < $1.key }
        print("campaign fuzz (seed \(seed)): \(counted.map { "\($0.key) \($0.value)" }.joined(separator: ", "))")
    }

    /// The document with one value, at a random place and depth, replaced by a hostile one.
    static func mutated(_ value: JSONValue, using random: inout SeededGenerator) -> JSONValue {
        let descends = Int.random(in: 0..<4, using: &random) != 0
        switch value {
        case .object(var object) where descends && !object.keys.isEmpty:
            let key = object.keys.randomElement(using: &random)!
            object[key] = mutated(object[key]!, using: &random)
            return .object(object)
        case .array(var items) where descends && !items.isEmpty:
            let index = Int.random(in: items.indices, using: &random)
            items[index] = mutated(items[index], using: &random)
            return .array(items)
        default:
            return hostile(using: &random)
        }
    }

    /// A value no field expects: another type, a number out of every range, a long string of
    /// controls and wide characters, or nothing.
    static func hostile(using random: inout SeededGenerator) -> JSONValue {
        switch Int.random(in: 0..<4, using: &random) {
        case 0:
            return ServerFuzz.randomValue(depth: 2, using: &random)
        case 1:
            let literals = [
                "1e999", "-1", "0", "-0", "1.5", "99999999999999999999999", "9223372036854775807",
                "-9223372036854775808", "4611686018427387904"
            ]
            return .number(JSONNumber(literal: literals.randomElement(using: &random)!)!)
        case 2:
            return .string(String(repeating: "中😀a\u{1B}[2J%x% \n", count: Int.random(in: 1...2_000, using: &random)))
        default:
            return .null
        }
    }
}
