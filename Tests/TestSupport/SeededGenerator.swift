/// A small seeded generator (SplitMix64) so a failing random run can be replayed.
public struct SeededGenerator: RandomNumberGenerator {
    /// The generator's state: the same seed gives the same sequence, so a failure can be replayed.
    public var state: UInt64
    /// A generator starting from a seed.
    public init(seed: UInt64) { state = seed }
    /// The next number (SplitMix64).
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
