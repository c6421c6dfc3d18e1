import Foundation

/// Why a file the user gave (`--leads`, `--sequence`) could not be used, with the line to look at.
public struct InputFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The line of the file, counted from 1.
    public let line: Int
    /// What is wrong with the line.
    public let message: String
    /// The problem as `line N: message`, after the file's name.
    public var description: String { "line \(line): \(message)" }

    /// Parses a JSON file the user gave; a mistake is reported with its line, not a byte offset.
    static func parseJSON(_ bytes: [UInt8]) throws(InputFileError) -> JSONValue {
        do { return try JSONParser.parse(bytes) } catch {
            throw InputFileError(
                line: bytes.prefix(error.offset).filter { $0 == 0x0A }.count + 1, message: error.message)
        }
    }
}

/// Reads `--leads`: a JSON array of lead objects, or CSV with a header row (quoted fields,
/// embedded commas and newlines, UTF-8 with or without a BOM). Columns that are not standard
/// lead fields go into `custom_fields`.
public enum LeadFile {
    /// The leads of a `--leads` file (JSON array or CSV with a header row).
    public static func parse(_ bytes: [UInt8]) throws(InputFileError) -> [Lead] {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw InputFileError(line: 1, message: "the file is not UTF-8 text")
        }
        let trimmed = text.drop { $0.isWhitespace }
        if trimmed.first == "[" { return try parseJSON(Array(body)) }
        return try parseCSV(text)
    }

    static func parseJSON(_ bytes: [UInt8]) throws(InputFileError) -> [Lead] {
        guard case .array(let items) = try InputFileError.parseJSON(bytes) else {
            throw InputFileError(line: 1, message: "expected a JSON array of leads")
        }
        var leads: [Lead] = []
        for (index, item) in items.enumerated() {
            guard case .object(let object) = item else {
                throw InputFileError(line: 1, message: "lead \(index + 1) is \(item.kindName), not an object")
            }
            var lead = Lead(json: item)
            // Unknown top-level keys are custom fields too, as in the CSV form.
            for (key, value) in object where key != "custom_fields" && !Lead.standardKeys.contains(key) {
                lead.fields[key] = nil
                lead.customFields[key] = value.stringValue ?? JSONWriter.string(value)
            }
            leads.append(lead)
        }
        return leads
    }

    static func parseCSV(_ text: String) throws(InputFileError) -> [Lead] {
        let rows = try csvRows(text)
        guard let header = rows.first else { throw InputFileError(line: 1, message: "the file is empty") }
        let names = header.fields.map {
            $0.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: " ", with: "_")
        }
        guard names.contains(where: { Lead.standardKeys.contains($0) }) else {
            throw InputFileError(line: 1, message: "the header names no lead field (first_name, company, …)")
        }
        var leads: [Lead] = []
        for row in rows.dropFirst() where !(row.fields.count == 1 && row.fields[0].isEmpty) {
            guard row.fields.count == names.count else {
                throw InputFileError(
                    line: row.line, message: "\(row.fields.count) fields, but the header has \(names.count)")
            }
            var lead = Lead()
            for (name, value) in zip(names, row.fields) where !value.isEmpty {
                if name.hasPrefix("custom_fields.") {
                    lead.customFields[String(name.dropFirst("custom_fields.".count))] = value
                } else if Lead.standardKeys.contains(name) {
                    lead.fields[name] = value
                } else {
                    lead.customFields[name] = value
                }
            }
            leads.append(lead)
        }
        return leads
    }

    struct Row {
        var fields: [String]
        var line: Int
    }

    /// RFC 4180: fields split at commas, quotes around fields that hold commas, quotes or newlines.
    static func csvRows(_ text: String) throws(InputFileError) -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1, rowLine = 1
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        while let scalar = pending {
            pending = iterator.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\""); pending = iterator.next()
                    } else {
                        inQuotes = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty: inQuotes = true
            case ",": fields.append(field); field = ""
            case "\r": if pending != "\n" { fallthrough }
            case "\n":
                fields.append(field)
                rows.append(Row(fields: fields, line: rowLine))
                fields = []
                field = ""
                line += 1
                rowLine = line
            default: field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes { throw InputFileError(line: rowLine, message: "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            rows.append(Row(fields: fields, line: rowLine))
        }
        return rows
    }
}
