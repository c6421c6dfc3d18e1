import XCTest
@testable import PuffleAPI

final class LeadFileTests: XCTestCase {
    private func parse(_ text: String, bom: Bool = false) throws(InputFileError) -> [Lead] {
        try LeadFile.parse((bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8))
    }

    func testCSVWithQuotesEmbeddedCommasNewlinesAndABOM() throws {
        let csv =
            "First Name,last_name,company,headline,Tier\r\nMaya,Okafor,\"Brightline, Inc.\",\"Line one\nline \"\"two\"\"\",gold\r\nJonas,Lindqvist,Fjord,,\n"
        let leads = try parse(csv, bom: true)
        XCTAssertEqual(leads.count, 2)
        XCTAssertEqual(leads[0].fields["first_name"], "Maya")
        XCTAssertEqual(leads[0].fields["company"], "Brightline, Inc.")
        XCTAssertEqual(leads[0].fields["headline"], "Line one\nline \"two\"")
        XCTAssertEqual(leads[0].customFields, ["tier": "gold"])
        XCTAssertNil(leads[1].fields["headline"], "empty cells are absent")
    }

    func testJSONArraysAndUnknownKeys() throws {
        let leads = try parse(
            #"[{"first_name":"Aiko","company":"Sakura","industry":"retail","custom_fields":{"tier":"gold"}}]"#)
        XCTAssertEqual(leads[0].fields, ["first_name": "Aiko", "company": "Sakura"])
        XCTAssertEqual(leads[0].customFields, ["tier": "gold", "industry": "retail"])
    }

    func testBadFilesNameTheLine() {
        XCTAssertThrowsError(try parse("first_name,company\nMaya,Brightline\nJonas\n")) { error in
            XCTAssertEqual((error as? InputFileError)?.line, 3)
        }
        XCTAssertThrowsError(try parse("first_name,company\n\"Maya,Brightline\n")) { error in
            XCTAssertEqual((error as? InputFileError)?.message, "a quoted field is never closed")
        }
        XCTAssertThrowsError(try parse("[\n{\"first_name\": \"A\"},\n{oops}\n]")) { error in
            XCTAssertEqual((error as? InputFileError)?.line, 3)
        }
        XCTAssertThrowsError(try parse("name,email_address\nx,y\n")) { error in
            XCTAssertTrue((error as? InputFileError)?.message.contains("header") ?? false)
        }
        XCTAssertThrowsError(try LeadFile.parse([0xFF, 0xFE, 0x41]))
    }
}
