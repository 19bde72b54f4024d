/// The hash that assigns users to control groups and samples. It is part of the product's contract, not
/// an implementation detail: the same id and seed must give the same group on every machine and in
/// every later version, or a re-run campaign would contact last month's control group. So it is
/// spelled out exactly (SplitMix64's finaliser over the id offset by the seed) and pinned by tests.
public enum StableHash {
    public static func hash(id: Int64, seed: Int64) -> UInt64 {
        let x = UInt64(bitPattern: id) &+ UInt64(bitPattern: seed) &* 0x9E37_79B9_7F4A_7C15
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Whether the row falls in a share given in basis points (`10%` is 1000): h mod 10000 < share.
    public static func inShare(id: Int64, seed: Int64, basisPoints: Int64) -> Bool {
        Int64(hash(id: id, seed: seed) % 10_000) < basisPoints
    }
}
