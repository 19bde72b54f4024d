import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one seam between eq's file sinks and `write(2)`: every byte `AtomicFile` writes (exports,
/// `save segments`) passes here, so the fault-injection tests can make write N to the file fail with
/// ENOSPC or EIO and check that the old file survives, the error names the path and eq exits non-zero.
///
/// Armed only by `EQ_FAULT_WRITE=N:ENOSPC` (or `N:EIO`), a test hook: unset, it is one branch on a
/// constant. Only writes to the descriptor `AtomicFile` has open count, never standard output.
public enum FileSinkFaults {
    static let plan: (write: Int, errno: Int32)? = {
        guard let raw = getenv("EQ_FAULT_WRITE") else { return nil }
        let parts = String(cString: raw).split(separator: ":")
        guard parts.count == 2, let write = Int(parts[0]), write > 0 else { return nil }
        switch parts[1] {
        case "ENOSPC": return (write, ENOSPC)
        case "EIO": return (write, EIO)
        default: return nil
        }
    }()

    private static let sinkDescriptor = Atomic<Int32>(-1)
    private static let writes = Atomic<Int>(0)

    /// Marks `fd` as the file sink the plan counts writes to (-1: none).
    static func track(_ fd: Int32) {
        guard plan != nil else { return }
        sinkDescriptor.store(fd, ordering: .relaxed)
    }

    /// `write(2)`, or the planned failure when this is the planned write to the tracked file.
    static func write(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        if let plan, fd == sinkDescriptor.load(ordering: .relaxed) {
            if writes.add(1, ordering: .relaxed).newValue == plan.write {
                errno = plan.errno
                return -1
            }
        }
        return systemWrite(fd, buffer, count)
    }
}

@inline(__always)
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(fd, buffer, count)
    #else
    Darwin.write(fd, buffer, count)
    #endif
}
