import PuffleAPI
import XCTest

/// Short ids as git shows hashes: eight characters, more only where another id shares them.
final class ShortIDTests: XCTestCase {
    func testEightCharactersUnlessAnotherIdSharesThem() {
        let ids = [
            "4b6d8f0a-1111-4000-8000-000000000001", "4b6d8f0a-2222-4000-8000-000000000002",
            "4b6d8f0a-2233-4000-8000-000000000003", "9e9e9e9e-0000-4000-8000-000000000000"
        ]
        XCTAssertEqual(
            ids.map { ShortID.of($0, among: ids) }, ["4b6d8f0a-1", "4b6d8f0a-222", "4b6d8f0a-223", "9e9e9e9e"])
        XCTAssertEqual(ShortID.of(ids[0], among: []), "4b6d8f0a", "alone, eight")
        XCTAssertEqual(ShortID.of(ids[0], among: [ids[0]]), "4b6d8f0a", "itself does not count")
        XCTAssertEqual(ShortID.of("abc", among: ["abd"]), "abc", "never longer than the id")
    }
}
