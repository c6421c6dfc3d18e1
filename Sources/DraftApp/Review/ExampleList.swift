import PuffleAPI

/// The Examples list as shown: one row per lead, holding the lead's newest example in the place
/// of its first (`R` adds a new one; nothing is removed from the session, and the earlier
/// versions stay one `v` away), worst first when `s` asked for it. `selectedExample` is a row
/// of this list; `chosenExample` the example it shows.
extension AppState {
    /// The examples the list shows, by their index in `generated_examples`, in list order. Asked
    /// for by the pane's title on every frame, so kept per version of what it reads.
    var exampleOrder: [Int] {
        let byFindings = examplesByFindings
        let key = RevisionMemo<[Int]>.Revisions(
            a: baseRevision, b: byFindings ? spelling.revision : 0, c: byFindings ? copyContext.revision : 0,
            d: byFindings ? campaignRevision : 0)
        return exampleOrderMemo.value(at: key) { listOrder() }
    }

    private func listOrder() -> [Int] {
        let examples = base?.generatedExamples ?? []
        var rows: [Int] = []
        var rowOfLead: [String: Int] = [:]
        for (index, example) in examples.enumerated() {
            if let lead = example.leadID, let row = rowOfLead[lead] {
                rows[row] = index
            } else {
                if let lead = example.leadID { rowOfLead[lead] = rows.count }
                rows.append(index)
            }
        }
        guard examplesByFindings else { return rows }
        let problems = problemsOfExamples
        let counts = rows.map { problems.indices.contains($0) ? problems[$0].count : 0 }
        return rows.indices.sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }.map { rows[$0] }
    }

    /// The example the chosen row shows, as an index into `generated_examples`.
    var chosenExample: Int? {
        let order = exampleOrder
        return order.indices.contains(selectedExample) ? order[selectedExample] : order.first
    }

    /// What the chosen row shows, to find it again when the list changes under it (a new version
    /// of a lead's example, a session reloaded, worst first re-sorted by new findings): its lead,
    /// or the example itself when it names none.
    struct ChosenExample: Equatable {
        let lead: String?
        let index: Int
    }

    var chosenExampleIdentity: ChosenExample? {
        guard let index = chosenExample, let examples = base?.generatedExamples, examples.indices.contains(index)
        else { return nil }
        return ChosenExample(lead: examples[index].leadID, index: index)
    }

    /// Selects the row that shows `chosen`'s lead (its newest example) or, without a lead, the
    /// same example; where neither is in the list any more, the row stays as it is.
    mutating func choose(_ chosen: ChosenExample) {
        let order = exampleOrder
        let examples = base?.generatedExamples ?? []
        let row =
            if let lead = chosen.lead {
                order.firstIndex { examples.indices.contains($0) && examples[$0].leadID == lead }
            } else {
                order.firstIndex(of: chosen.index)
            }
        if let row { selectedExample = row }
    }

    /// The earlier examples of the same lead as `index`, newest first.
    func earlierVersions(of index: Int) -> [Int] {
        let all = earlierVersionsByExample
        return all.indices.contains(index) ? all[index] : []
    }

    /// Every example's earlier versions, made in one pass over the examples and kept per version of
    /// the session: the list's title and rows ask for them all on every frame.
    private var earlierVersionsByExample: [[Int]] {
        earlierVersionsMemo.value(at: .init(a: baseRevision)) {
            var seen: [String: [Int]] = [:]
            return (base?.generatedExamples ?? []).enumerated().map { index, example in
                guard let lead = example.leadID else { return [] }
                defer { seen[lead, default: []].append(index) }
                return (seen[lead] ?? []).reversed()
            }
        }
    }
}
