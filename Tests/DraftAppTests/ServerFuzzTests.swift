import DraftCore
import Foundation
import PuffleAPI
import Synchronization
import TestSupport
import XCTest
@testable import DraftApp

/// Seeded fuzzing of what the server may send: mutated and generated session documents go
/// through the JSON reader, the session model and the view. No input may crash; every rejection
/// is a typed error with a readable message. PUFFLE_FUZZ_ITERATIONS runs a longer soak.
final class ServerFuzzTests: XCTestCase {
    override func setUp() { useUTF8Locale() }

    static var iterations: Int {
        ProcessInfo.processInfo.environment["PUFFLE_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 10_000
    }
    static var seed: UInt64 {
        ProcessInfo.processInfo.environment["PUFFLE_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20261129
    }

    func testMutatedAndGeneratedSessionsNeverCrashTheReaderOrTheView() {
        let original = JSONWriter.bytes(SampleSessions.rich())
        let counts = Mutex<[String: Int]>([:])
        FuzzRunner.run(Self.iterations, seed: Self.seed) { iteration, random in
            let (family, bytes) = ServerFuzz.document(from: original, using: &random)
            func count(_ what: String) { counts.withLock { $0[what, default: 0] += 1 } }
            count(family)
            let context = "seed \(Self.seed), iteration \(iteration), family \(family)"
            let value: JSONValue
            do throws(JSONParseError) { value = try JSONParser.parse(bytes) } catch {
                count("rejected as JSON")
                return error.description.isEmpty ? ["a JSON error without a message: \(context)"] : []
            }
            let session: Session
            do throws(SessionDecodingError) { session = try Session(json: value) } catch {
                count("rejected as a session")
                return error.description.hasPrefix("the server sent") ? [] : ["\(error.description): \(context)"]
            }
            count("accepted and drawn")
            var state = AppState(
                sessionID: session.id, width: Int.random(in: 1...160, using: &random),
                height: Int.random(in: 1...50, using: &random))
            _ = apply(.sessionOpened(.success(session)), to: &state)
            state.focus(Pane.allCases.randomElement(using: &random)!)
            let surface = ScreenView.render(state)
            var failures: [String] = []
            if surface.cells.count != state.width * state.height { failures.append("surface size: \(context)") }
            if drawsControlCharacter(surface) { failures.append("raw control character drawn: \(context)") }
            return failures
        }
        let counted = counts.withLock { $0 }.sorted { $0.key < $1.key }
        print("server fuzz (seed \(Self.seed)): \(counted.map { "\($0.key) \($0.value)" }.joined(separator: ", "))")
    }
}

/// Makes hostile session documents.
enum ServerFuzz {
    static let families = [
        "truncated", "byte flips", "wrong types", "huge strings", "deep nesting", "nulls everywhere",
        "invalid UTF-8", "duplicate keys", "numbers out of range", "random JSON"
    ]

    static func document(from original: [UInt8], using random: inout SeededGenerator) -> (String, [UInt8]) {
        let family = families.randomElement(using: &random)!
        switch family {
        case "truncated":
            return (family, Array(original.prefix(Int.random(in: 0..<original.count, using: &random))))
        case "byte flips":
            var bytes = original
            for _ in 0..<Int.random(in: 1...8, using: &random) {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            return (family, bytes)
        case "invalid UTF-8":
            var bytes = original
            let at = Int.random(in: 0..<bytes.count, using: &random)
            bytes.insert(
                contentsOf: [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80]].randomElement(
                    using: &random)!, at: at)
            return (family, bytes)
        case "duplicate keys":
            let text = String(decoding: original, as: UTF8.self)
            return (
                family,
                Array(
                    text.replacingOccurrences(of: "{\"id\"", with: "{\"title\":7,\"title\":\"dup\",\"id\":\"x\",\"id\"")
                        .utf8)
            )
        default:
            var object = SampleSessions.rich().objectValue!
            let keys = object.keys
            switch family {
            case "wrong types":
                object[keys.randomElement(using: &random)!] = randomValue(depth: 2, using: &random)
            case "huge strings":
                object[["title", "draft_body", "draft_subject"].randomElement(using: &random)!] =
                    .string(String(repeating: "中😀a\u{1B}[2J%x% ", count: Int.random(in: 500...5_000, using: &random)))
            case "deep nesting":
                var value = JSONValue.string("bottom")
                for _ in 0..<Int.random(in: 10...300, using: &random) {
                    value = Bool.random(using: &random) ? .array([value]) : .object(JSONObject([("k", value)]))
                }
                object[["skeleton", "x_extra", "generated_examples", "draft_history"].randomElement(using: &random)!] =
                    value
            case "nulls everywhere":
                for key in keys where key != "id" { object[key] = .null }
            case "numbers out of range":
                let literal = [
                    "1e999", "-1e999", "99999999999999999999999", "-0", "1.5", "9007199254740993", "0.0000001e-400"
                ].randomElement(using: &random)!
                object[["framework_version", "title", "x_number"].randomElement(using: &random)!] = .number(
                    JSONNumber(literal: literal)!)
            default:
                return (family, JSONWriter.bytes(randomValue(depth: 4, using: &random)))
            }
            return (family, JSONWriter.bytes(.object(object)))
        }
    }

    static func randomValue(depth: Int, using random: inout SeededGenerator) -> JSONValue {
        switch Int.random(in: 0..<(depth > 0 ? 7 : 4), using: &random) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &random))
        case 2: return .number(JSONNumber(Int.random(in: -1_000_000...1_000_000, using: &random)))
        case 3:
            return .string(
                ["", "x", "\u{1B}]52;c;AAAA\u{07}", "%first_name%", "&&fill&&", "中文", "e\u{301}", "\u{202E}rtl"]
                    .randomElement(using: &random)!)
        case 4:
            return .array(
                (0..<Int.random(in: 0...4, using: &random)).map { _ in randomValue(depth: depth - 1, using: &random) })
        default:
            return .object(
                JSONObject(
                    (0..<Int.random(in: 0...4, using: &random)).map { i in
                        (
                            ["id", "role", "content", "subject", "body", "name", "blocks", "k\(i)"].randomElement(
                                using: &random)!, randomValue(depth: depth - 1, using: &random)
                        )
                    }))
        }
    }
}
