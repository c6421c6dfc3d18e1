import DraftCore

/// The problems found at start (a broken theme line, a bad config value, a leads file that
/// cannot be read), each said on its own in the footer, one after another, and all of them
/// listed at the top of F1 for as long as the program runs.
extension AppState {
    /// Takes the start's problems and shows the first; `statusExpired` brings the next.
    public mutating func warnAtStart(_ problems: [String]) {
        startupWarnings = problems
        showStartupWarning(0)
    }

    /// After a warning's time in the footer: the next one, if there is one.
    mutating func startupWarningExpired(_ expired: StatusMessage) {
        guard let index = startupWarnings.indices.first(where: { startupWarning($0) == expired }) else { return }
        showStartupWarning(index + 1)
    }

    private mutating func showStartupWarning(_ index: Int) {
        guard startupWarnings.indices.contains(index) else { return }
        status = startupWarning(index)
    }

    /// "2 of 3 (F1 lists them): config: …": one problem, and where the others are, first, so a
    /// long message cut at the screen's edge keeps it.
    private func startupWarning(_ index: Int) -> StatusMessage {
        let count = startupWarnings.count
        let place = count > 1 ? "\(index + 1) of \(count) (F1 lists them): " : ""
        return StatusMessage(place + startupWarnings[index], isError: true)
    }

    /// The lines F1 shows above the keys while there were problems at start.
    var startupWarningLines: [StyledLine] {
        guard !startupWarnings.isEmpty else { return [] }
        return [[Span("Found at start", .warning)]] + startupWarnings.map { [Span("  " + $0, .warning)] } + [[]]
    }
}
