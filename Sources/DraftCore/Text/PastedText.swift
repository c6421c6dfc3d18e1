/// A paste as an email can hold it: text copied from a terminal brings its colours along as
/// escape sequences, and other programs leave stray control characters, none of which belongs in
/// a draft or a chat message, and each of which would be saved and sent. Lines and tabs stay.
public struct PastedText: Equatable, Sendable {
    /// The text with every escape sequence and control character left out.
    public let text: String
    /// How many sequences and characters were left out, for the status line to say so.
    public let leftOut: Int

    /// Cleans `pasted`; text with nothing to leave out is kept as it came.
    public init(_ pasted: String) {
        guard pasted.unicodeScalars.contains(where: Self.isControl) else {
            text = pasted
            leftOut = 0
            return
        }
        var kept = String.UnicodeScalarView()
        var dropped = 0
        var scalars = pasted.unicodeScalars.makeIterator()
        var next = scalars.next()
        while let scalar = next {
            next = scalars.next()
            guard Self.isControl(scalar) else {
                kept.append(scalar)
                continue
            }
            dropped += 1
            guard scalar == "\u{1B}", let introducer = next else { continue }
            // ESC [ … final byte (CSI); ESC ] … BEL or ESC \ (OSC); ESC, intermediates and a final
            // byte (ESC ( B); ESC and one final byte (ESC 7). What follows a lone ESC is text.
            switch introducer.value {
            case 0x5B:  // [
                next = scalars.next()
                while let byte = next, !(0x40...0x7E).contains(byte.value) { next = scalars.next() }
                next = scalars.next()
            case 0x5D:  // ]
                next = scalars.next()
                while let byte = next, byte != "\u{07}", byte != "\u{1B}" { next = scalars.next() }
                if next == "\u{1B}" { next = scalars.next() }  // the backslash of ESC \
                next = scalars.next()
            case 0x20...0x2F:
                next = scalars.next()
                while let byte = next, (0x20...0x2F).contains(byte.value) { next = scalars.next() }
                if let byte = next, (0x30...0x7E).contains(byte.value) { next = scalars.next() }
            case 0x30...0x7E:
                next = scalars.next()
                // "e" and a combining accent are the letter é, not the sequence ESC e.
                if let mark = next, "\(introducer)\(mark)".count == 1 { kept.append(introducer) }
            default:
                break
            }
        }
        text = String(kept)
        leftOut = dropped
    }

    /// The controls a terminal would act on (C0, DEL, C1) but line feed and tab.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\n" && scalar != "\t" && DisplayText.isControl(scalar)
    }
}
