/// SplitMix64 (Steele, Lea and Flood): tiny, fast and fully specified by integer arithmetic, so the demo
/// data is identical on every machine and Swift version, which `SystemRandomNumberGenerator` and the
/// standard library's unspecified algorithms would not guarantee.
struct DemoRandom {
    private var state: UInt64

    /// A stream for one entity: every user draws from its own stream, keyed by id, so any user (and its
    /// events) can be generated alone, in parallel, in any order, with the same result.
    init(seed: UInt64, stream: UInt64, key: UInt64) {
        state = DemoRandom.mix(seed ^ DemoRandom.mix(stream &+ DemoRandom.mix(key)))
    }

    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always)
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `0..<bound` by Lemire's multiply-shift (bias below 2^-64 per unit of bound).
    @inline(__always)
    mutating func below(_ bound: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A value in `0..<1`.
    @inline(__always)
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// True with probability `percent`/100.
    @inline(__always)
    mutating func chance(_ percent: Double) -> Bool {
        unit() * 100 < percent
    }
}

/// A categorical distribution sampled with one table look-up: the weights are spread over 1,024 slots.
struct WeightedChoice: Sendable {
    private let slots: [UInt8]

    init(_ weights: [Int]) {
        precondition(weights.count <= 256 && weights.allSatisfy { $0 >= 0 } && weights.reduce(0, +) > 0)
        let total = weights.reduce(0, +)
        var slots: [UInt8] = []
        slots.reserveCapacity(1024)
        var cumulative = 0
        for (choice, weight) in weights.enumerated() {
            cumulative += weight
            let end = cumulative * 1024 / total
            while slots.count < end { slots.append(UInt8(choice)) }
        }
        self.slots = slots
    }

    @inline(__always)
    func pick(_ random: inout DemoRandom) -> Int {
        Int(slots[Int(random.next() >> 54)])
    }
}
