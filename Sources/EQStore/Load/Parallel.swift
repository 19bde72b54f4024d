import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs chunk work across the machine's cores with `DispatchQueue.concurrentPerform`.
enum Parallel {
    /// The cores, or as many threads as `EQ_THREADS` (which `--threads` sets) says.
    static let coreCount: Int = {
        if let text = getenv("EQ_THREADS"), let value = Int(String(cString: text)), value > 0 { return value }
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }()

    /// Calls `body(index)` for every index in `0..<count`, in parallel when there is more than one.
    ///
    /// Callers promise what the compiler cannot check here: each iteration writes only memory it owns
    /// (its chunk's pieces, its own result slot) and reads shared data (the file bytes, plans, types)
    /// that nobody writes while the iterations run.
    static func forEach(_ count: Int, _ body: (Int) -> Void) {
        if count == 1 {
            body(0)
        } else if count > 1 {
            withoutActuallyEscaping(body) { body in
                let task = UncheckedTask(body: body)
                DispatchQueue.concurrentPerform(iterations: count) { index in task.body(index) }
            }
        }
    }

    /// `body(index)` for every index, collected in order.
    static func map<Element>(_ count: Int, _ body: (Int) -> Element) -> [Element] {
        let slots = Slots<Element>(count: count)
        forEach(count) { index in slots[index] = body(index) }
        return slots.values()
    }
}

/// Carries a loop body into `concurrentPerform`, whose closure must be `@Sendable`.
///
/// `@unchecked Sendable` because the body captures file pointers and per-chunk builders, which are not
/// `Sendable` types; it is safe under the contract of `Parallel.forEach` (disjoint writes, shared reads
/// only), and the body does not outlive the call, which waits for every iteration.
private struct UncheckedTask: @unchecked Sendable {
    let body: (Int) -> Void
}

/// One result slot per parallel iteration.
///
/// `@unchecked Sendable` is sound here because each iteration writes only its own slot (no two threads
/// touch the same memory), and `concurrentPerform` returns only after every iteration has finished, so
/// the reads in `values()` happen after all the writes. A Swift array could not be used: writing its
/// elements from several threads races on its copy-on-write buffer check.
final class Slots<Element>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Element?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        _ = storage.deinitialize()
        storage.deallocate()
    }

    subscript(index: Int) -> Element? {
        get { storage[index] }
        set { storage[index] = newValue }
    }

    func values() -> [Element] {
        storage.map { $0! }
    }
}
