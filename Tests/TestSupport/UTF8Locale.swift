import Foundation

/// Cell widths come from libc's wcwidth, which answers only under a UTF-8 LC_CTYPE; the app
/// gets one from the user's locale, tests set it here.
public func useUTF8Locale() {
    setlocale(LC_CTYPE, "C.UTF-8")
}
