import DraftCore
import TestSupport
import XCTest
@testable import TerminalUI

/// Seeded streams of what terminals send (keys in every form, mouse reports, pastes, lone
/// escapes, broken UTF-8 and random bytes), fed whole and then cut at random places: the events
/// must be the same however the reads fell, and nothing may trap.
final class InputDecoderFuzzTests: XCTestCase {
    static let pieces: [[UInt8]] =
        [
            "a", "Z", " ", "中", "😀", "e\u{301}", "\r", "\t", "\u{7F}", "\u{08}", "\u{11}", "\u{1B}",
            "\u{1B}[A", "\u{1B}OB", "\u{1B}[1;5C", "\u{1B}[3~", "\u{1B}[15;2~", "\u{1B}OP", "\u{1B}x", "\u{1B}\r",
            "\u{1B}[13;2u", "\u{1B}[27;5;13~", "\u{1B}[<0;10;5M", "\u{1B}[<64;3;3M", "\u{1B}[<0;10;5m",
            "\u{1B}[M !!", "\u{1B}[200~pasted\r\ntext\u{1B}[201~", "\u{1B}[200~\u{1B}[A\u{1B}[201~", "\u{1B}[",
            "\u{1B}[<", "\u{1B}[99999999999999999999;1H", "\u{1B}[<999999999999;1;1M", "\u{1B}]0;x\u{07}"
        ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE4, 0xB8], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80]]

    func testEventsDoNotDependOnWhereTheReadsFell() {
        var random = SeededGenerator(seed: 20_261_206)
        for run in 0..<3_000 {
            var stream: [UInt8] = []
            for _ in 0..<Int.random(in: 1...12, using: &random) {
                stream +=
                    Bool.random(using: &random)
                    ? Self.pieces.randomElement(using: &random)!
                    : (0..<Int.random(in: 1...4, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            }
            var whole = InputDecoder()
            let expected = whole.feed(stream, now: 0) + whole.timeout(now: 1)
            var cut = InputDecoder()
            var got: [InputEvent] = []
            var start = 0
            while start < stream.count {
                let end = min(stream.count, start + Int.random(in: 1...6, using: &random))
                got += cut.feed(Array(stream[start..<end]), now: 0)
                start = end
            }
            got += cut.timeout(now: 1)
            XCTAssertEqual(got, expected, "run \(run): \(stream)")
            for case .key(.character(let character)) in expected
            where character.unicodeScalars.contains(where: {
                $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
            }) {
                XCTFail("run \(run): a control character typed as text: \(character.unicodeScalars.map(\.value))")
            }
        }
    }
}
