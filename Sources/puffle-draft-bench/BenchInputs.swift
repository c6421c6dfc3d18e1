import Foundation
import PuffleAPI
import TestSupport

/// The inputs every figure is measured on, built here so a run needs nothing but this machine.
enum BenchInputs {
    static let paragraph =
        "Teams like yours use RouteWise to cut route planning by 6 hours a week, %first_name%, "
        + "without changing their dispatch tools at %company%. Would it be worth a look? "

    /// A body of about `bytes` bytes: paragraphs of a few hundred bytes, as copywriters write.
    static func body(bytes: Int) -> String {
        var lines: [String] = []
        var size = 0
        while size < bytes {
            let line = String(repeating: paragraph, count: 2)
            lines.append(line)
            lines.append("")
            size += line.utf8.count + 2
        }
        return lines.joined(separator: "\n")
    }

    /// A session of `messages` messages and a body of about `bodyBytes`; with `oneLine`, the body
    /// is a paste with no line breaks, and without `sentenceEnds` it has no full stop or question
    /// mark either (a list of words, a blob of data).
    static func session(
        messages: Int, bodyBytes: Int, messageBytes: Int = 480, oneLine: Bool = false, sentenceEnds: Bool = true
    ) -> JSONValue {
        var json = SampleSessions.rich().objectValue!
        let content = String(
            String(repeating: paragraph, count: messageBytes / paragraph.utf8.count + 1).prefix(messageBytes))
        json["messages"] = .array(
            (0..<messages).map { i in ["role": i % 2 == 0 ? "user" : "assistant", "content": .string(content)] })
        json["draft_body"] = .string(
            oneLine
                ? String(
                    repeating: sentenceEnds ? paragraph : paragraph.filter { $0 != "." && $0 != "?" },
                    count: bodyBytes / paragraph.utf8.count)
                : body(bytes: bodyBytes))
        return .object(json)
    }

    /// A session whose body is one run of `bytes` bytes with no space: a pasted blob of data (an
    /// encoded image), base64's letters in an order fixed from run to run.
    static func session(blobBytes bytes: Int) -> JSONValue {
        var json = session(messages: 10, bodyBytes: 1_000).objectValue!
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        let blob = (0..<bytes).map { _ in
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return alphabet[Int(seed >> 58)]
        }
        json["draft_body"] = .string(String(decoding: blob, as: UTF8.self))
        return .object(json)
    }

    /// A session whose JSON is about `bytes` long, mostly transcript.
    static func session(ofSize bytes: Int) -> [UInt8] {
        let messages = max(1, (bytes - 4_000) / 520)
        return JSONWriter.bytes(session(messages: messages, bodyBytes: 1_000))
    }
}
