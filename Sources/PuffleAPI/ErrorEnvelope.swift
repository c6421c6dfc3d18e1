import Foundation

/// Reads the server's words out of an error answer. The envelope is undocumented for this API
/// family, so every shape seen elsewhere is accepted, and a non-JSON body (a proxy's HTML 502)
/// is boiled down to its title or first line.
enum ErrorEnvelope {
    static func message(from body: [UInt8], status: Int) -> String {
        if let json = try? JSONParser.parse(body) {
            if case .string(let s)? = json["error"], !s.isEmpty { return oneLine(s) }
            if case .string(let s)? = json["error"]?["message"], !s.isEmpty { return oneLine(s) }
            if case .string(let s)? = json["message"], !s.isEmpty { return oneLine(s) }
            if case .string(let code)? = json["error"]?["code"] { return oneLine(code) }
        }
        let text = String(decoding: body.prefix(4096), as: UTF8.self)
        if let title = htmlTitle(text), !title.isEmpty { return oneLine(title) }
        // A proxy's page without a title: its words, not its markup.
        let plain = oneLine(looksLikeHTML(text) ? withoutTags(text) : text)
        return plain.isEmpty ? defaultReason(status) : plain
    }

    private static func looksLikeHTML(_ text: String) -> Bool {
        let start = text.drop { $0.isWhitespace }.prefix(15).lowercased()
        return start.hasPrefix("<!doctype") || start.hasPrefix("<html") || start.hasPrefix("<head")
            || start.hasPrefix("<body")
    }

    /// The text between the tags, with the contents of `<style>` and `<script>` left out.
    private static func withoutTags(_ html: String) -> String {
        var text = "", inTag = false, tagName = "", nameEnded = false, skipping = false
        for character in html {
            if inTag {
                if character == ">" {
                    inTag = false
                    let name = tagName.lowercased()
                    if name == "style" || name == "script" { skipping = true }
                    if name == "/style" || name == "/script" { skipping = false }
                    text += " "
                } else if character.isWhitespace {
                    nameEnded = true
                } else if !nameEnded, tagName.count < 8 {
                    tagName.append(character)
                }
            } else if character == "<" {
                inTag = true
                tagName = ""
                nameEnded = false
            } else if !skipping {
                text.append(character)
            }
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A short excerpt of an unexpected body, for "not JSON" messages.
    static func excerpt(_ body: [UInt8]) -> String {
        let text = String(decoding: body.prefix(4096), as: UTF8.self)
        if let title = htmlTitle(text), !title.isEmpty { return "an HTML page (\(oneLine(title)))" }
        let line = oneLine(text)
        return line.isEmpty ? "an empty body" : "“\(line)”"
    }

    private static func htmlTitle(_ text: String) -> String? {
        guard let open = text.range(of: "<title>", options: .caseInsensitive),
            let close = text.range(of: "</title>", options: .caseInsensitive, range: open.upperBound..<text.endIndex)
        else { return nil }
        return String(text[open.upperBound..<close.lowerBound])
    }

    private static func oneLine(_ s: String) -> String {
        let collapsed = s.split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
        return collapsed.count > 160 ? String(collapsed.prefix(159)) + "…" : collapsed
    }

    private static func defaultReason(_ status: Int) -> String {
        switch status {
        case 400: "bad request"
        case 401: "unauthorized"
        case 403: "forbidden"
        case 404: "not found"
        case 409: "session is busy"
        case 429: "too many requests"
        case 500..<600: "server error"
        default: "unexpected status"
        }
    }
}
