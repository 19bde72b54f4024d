/// SplitMix64: one fixed seed reproduces a whole reliability run on every machine, and a failure names
/// the seed and index that rebuild its input.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    public var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A value in `0..<bound` (0 for an empty range), without the optional of `randomElement`.
    public mutating func below(_ bound: Int) -> Int {
        bound <= 0 ? 0 : Int(next() % UInt64(bound))
    }

    public mutating func chance(_ percent: Int) -> Bool {
        below(100) < percent
    }

    /// One element of a non-empty array; `fallback` only for an empty one.
    public mutating func pick<T>(_ options: [T], or fallback: T) -> T {
        options.isEmpty ? fallback : options[below(options.count)]
    }
}

/// The counts and seeds a reliability test runs with: the per-CI figures by default, the long run's
/// through the environment (`Scripts/fuzz --long` sets them).
public enum ReliabilitySettings {
    /// An integer from the environment, or `fallback`.
    public static func integer(_ name: String, default fallback: Int) -> Int {
        guard let raw = getenv(name), let value = Int(String(cString: raw)), value >= 0 else { return fallback }
        return value
    }

    public static func seed(_ name: String, default fallback: UInt64) -> UInt64 {
        guard let raw = getenv(name), let value = UInt64(String(cString: raw)) else { return fallback }
        return value
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
