import DraftCore
import XCTest
@testable import TerminalUI

/// What terminals send, as bytes, and the events they must become; sequences cut across reads
/// must come out the same as whole ones.
final class InputDecoderTests: XCTestCase {
    private func events(_ text: String, decoder: InputDecoder = InputDecoder()) -> [InputEvent] {
        var decoder = decoder
        return decoder.feed(Array(text.utf8), now: 0) + decoder.timeout(now: 1)
    }

    private func keys(_ text: String) -> [Key] {
        events(text).compactMap { if case .key(let key) = $0 { key } else { nil } }
    }

    func testTextControlKeysAndUTF8() {
        XCTAssertEqual(keys("aé中😀"), [.character("a"), .character("é"), .character("中"), .character("😀")])
        XCTAssertEqual(
            keys("\u{13}\u{11}\r\t\u{7F}\u{1C}\u{00}"),
            [.control("s"), .control("q"), .enter, .tab, .backspace, .control("\\"), .control(" ")])
        XCTAssertEqual(
            keys("\u{08}"), [.special(.backspace, .control)], "^H is Ctrl-Backspace where Backspace sends DEL")
        XCTAssertEqual(events("\u{08}", decoder: InputDecoder(controlHIsBackspace: true)), [.key(.backspace)])
    }

    func testAltEnterAndShiftEnterAreKeysOfTheirOwn() {
        XCTAssertEqual(keys("\u{1B}\r"), [.special(.enter, .alt)], "ESC CR is Alt-Enter, not Esc then Enter")
        XCTAssertEqual(keys("\u{1B}[13;2u"), [.special(.enter, .shift)], "Shift-Enter where the terminal reports it")
        XCTAssertEqual(keys("\u{1B}\u{1B}"), [.escape, .escape])
    }

    func testArrowsAndEditingKeysInEveryForm() {
        XCTAssertEqual(
            keys("\u{1B}[A\u{1B}OB\u{1B}[C\u{1B}OD\u{1B}[H\u{1B}[F\u{1B}[1~\u{1B}[4~\u{1B}[7~\u{1B}[8~"),
            [.up, .down, .right, .left, .home, .end, .home, .end, .home, .end])
        XCTAssertEqual(
            keys("\u{1B}[5~\u{1B}[6~\u{1B}[3~\u{1B}[2~\u{1B}[Z"), [.pageUp, .pageDown, .delete, .insert, .backTab])
    }

    func testModifiersOnSpecialKeys() {
        XCTAssertEqual(
            keys("\u{1B}[1;2D\u{1B}[1;5C\u{1B}[1;6D\u{1B}[1;2H\u{1B}[5;2~\u{1B}[3;5~\u{1B}[1;5H"),
            [
                Key.left.shifted, .controlRight, .special(.left, [.control, .shift]), Key.home.shifted,
                Key.pageUp.shifted,
                .special(.delete, .control), .controlHome
            ])
        XCTAssertEqual(
            keys("\u{1B}OR\u{1B}[1;2R\u{1B}[13~\u{1B}[18~\u{1B}[24~"),
            [.function(3), Key.function(3).shifted, .function(3), .function(7), .function(12)])
    }

    func testAltKeysAndALoneEscape() {
        XCTAssertEqual(
            keys("\u{1B}3\u{1B}d\u{1B}\u{7F}\u{1B}é"), [.alt("3"), .alt("d"), .special(.backspace, .alt), .alt("é")])
        var decoder = InputDecoder()
        XCTAssertEqual(decoder.feed([0x1B], now: 0), [], "a lone Esc waits for what may follow")
        XCTAssertTrue(decoder.waitsForMore)
        XCTAssertEqual(decoder.timeout(now: 0.03), [.key(.escape)])
        XCTAssertEqual(keys("\u{1B}\u{1B}"), [.escape, .escape])
    }

    func testSequencesSplitAcrossReadsComeOutWhole() {
        let input = Array("x\u{1B}[1;5Cé\u{1B}[<0;10;5M\u{1B}[200~pasted\r\ntext\u{1B}[201~y".utf8)
        var whole = InputDecoder()
        let expected = whole.feed(input, now: 0)
        for split in 1..<input.count {
            var decoder = InputDecoder()
            let got = decoder.feed(Array(input[..<split]), now: 0) + decoder.feed(Array(input[split...]), now: 0)
            XCTAssertEqual(got, expected, "split at \(split)")
        }
        XCTAssertEqual(
            expected,
            [
                .key(.character("x")), .key(.controlRight), .key(.character("é")),
                .mouse(MouseEvent(.press(clicks: 1), x: 9, y: 4)), .paste("pasted\ntext"), .key(.character("y"))
            ])
    }

    func testMouseReports() {
        var decoder = InputDecoder()
        XCTAssertEqual(
            decoder.feed(Array("\u{1B}[<0;300;2M".utf8), now: 0), [.mouse(MouseEvent(.press(clicks: 1), x: 299, y: 1))],
            "columns past 223 work")
        XCTAssertEqual(
            decoder.feed(Array("\u{1B}[<0;300;2m\u{1B}[<0;300;2M".utf8), now: 0.2),
            [.mouse(MouseEvent(.release, x: 299, y: 1)), .mouse(MouseEvent(.press(clicks: 2), x: 299, y: 1))])
        XCTAssertEqual(
            decoder.feed(Array("\u{1B}[<0;300;2M".utf8), now: 2), [.mouse(MouseEvent(.press(clicks: 1), x: 299, y: 1))],
            "too slow for a double-click")
        XCTAssertEqual(
            decoder.feed(Array("\u{1B}[<32;5;6M\u{1B}[<64;5;6M\u{1B}[<65;5;6M\u{1B}[<20;1;1M".utf8), now: 3),
            [
                .mouse(MouseEvent(.drag, x: 4, y: 5)), .mouse(MouseEvent(.wheelUp, x: 4, y: 5)),
                .mouse(MouseEvent(.wheelDown, x: 4, y: 5)),
                .mouse(MouseEvent(.press(clicks: 1), x: 0, y: 0, modifiers: [.shift, .control]))
            ])
    }

    func testMalformedAndTruncatedSequencesAreDropped() {
        XCTAssertEqual(
            events("\u{1B}[<0;5M\u{1B}[<0;0;0Ma"), [.key(.character("a"))], "a mouse report without a row, or at row 0")
        XCTAssertEqual(events("\u{1B}[<0;5;"), [], "cut short: given up after the delay")
        XCTAssertEqual(events("\u{1B}[M !!b"), [.key(.character("b"))], "an old X10 mouse report is skipped")
        XCTAssertEqual(events("\u{1B}[I\u{1B}[O\u{1B}[99~c"), [.key(.character("c"))], "focus reports and unknown keys")
        var decoder = InputDecoder()
        XCTAssertEqual(
            decoder.feed([0xFF, 0x7A], now: 0), [.key(.character("z"))], "bytes that are not UTF-8 are dropped")
    }

    func testTerminfoKeysComeFirst() {
        let decoder = InputDecoder(terminfoKeys: [(Array("\u{1B}[[A".utf8), .function(1))])
        XCTAssertEqual(events("\u{1B}[[A\u{1B}[A", decoder: decoder), [.key(.function(1)), .key(.up)])
    }

    func testKittyAndModifyOtherKeysForms() {
        XCTAssertEqual(
            keys("\u{1B}[127;5u\u{1B}[27;5;127~\u{1B}[115;5u"),
            [.special(.backspace, .control), .special(.backspace, .control), .control("s")])
    }

    func testALargePasteArrivingInPiecesIsOnePaste() {
        var decoder = InputDecoder()
        var events = decoder.feed(Array("\u{1B}[200~".utf8), now: 0)
        let line = String(repeating: "paste ", count: 1000)
        for _ in 0..<100 { events += decoder.feed(Array(line.utf8), now: 0) }
        events += decoder.feed(Array("\u{1B}[20".utf8), now: 0)
        events += decoder.feed(Array("1~".utf8), now: 0)
        XCTAssertEqual(events, [.paste(String(repeating: line, count: 100))])
    }
}
