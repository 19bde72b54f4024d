/// 1 or 0 without a branch: the compiler turns `condition ? 1 : 0` into a jump when it cannot see the
/// condition is data-dependent, and a mispredicted jump per row costs more than the work itself.
@inline(__always)
func bit(_ condition: Bool) -> Int {
    Int(unsafeBitCast(condition, to: UInt8.self))
}
