import XCTest
@testable import DraftCore

final class BlockScrollerTests: XCTestCase {
    /// Five blocks of three lines each, "b.r"; counts how many blocks were wrapped.
    final class Counter { var calls = 0 }

    private func scroller(_ counter: Counter, count: Int = 5) -> BlockScroller {
        BlockScroller(count: count) { block in
            counter.calls += 1
            return (0..<3).map { [Span("\(block).\($0)")] }
        }
    }

    private func text(_ lines: [StyledLine]) -> [String] { lines.map { $0.map(\.text).joined() } }

    func testPinnedToTheEndShowsTheLastLines() {
        let s = scroller(Counter())
        XCTAssertEqual(text(s.visible(from: nil, height: 4)), ["3.2", "4.0", "4.1", "4.2"])
        XCTAssertEqual(text(s.visible(from: .top, height: 4)), ["0.0", "0.1", "0.2", "1.0"])
    }

    func testScrollingMovesByRowsAndClampsAtBothEnds() {
        let s = scroller(Counter())
        let up = s.scrolled(nil, by: -2, height: 4, followsEnd: true)
        XCTAssertEqual(up, ScrollAnchor(block: 3, row: 0))
        XCTAssertEqual(s.scrolled(up, by: 2, height: 4, followsEnd: true), nil, "back at the end: follow again")
        XCTAssertEqual(s.scrolled(.top, by: -5, height: 4, followsEnd: false), .top)
        XCTAssertEqual(s.scrolled(.top, by: 100, height: 4, followsEnd: false), ScrollAnchor(block: 3, row: 2))
    }

    func testOnlyTheBlocksOnScreenAreWrapped() {
        let counter = Counter()
        let s = scroller(counter, count: 10_000)
        _ = s.visible(from: nil, height: 10)
        XCTAssertLessThanOrEqual(counter.calls, 5)
        counter.calls = 0
        _ = s.scrolled(nil, by: -3, height: 10, followsEnd: true)
        XCTAssertLessThan(counter.calls, 20)
    }
}
