#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A manually managed, growable run of trivial values.
///
/// Column pieces append millions of values per chunk; a raw buffer lets the hot loops reserve a batch and
/// write through a pointer, with none of `Array`'s per-append uniqueness and bounds checks. The owner
/// (a `ColumnPiece` or `DictionaryBuilder`) calls `deallocate()` exactly once.
///
/// Buffers of a megabyte or more are mapped straight from the kernel rather than taken from malloc:
/// pieces are freed as soon as they are merged, and malloc would keep that memory in its arenas, so a
/// loaded table would stay resident at nearly twice its size.
struct GrowableBuffer<Element: BitwiseCopyable> {
    private static var mappedThreshold: Int { 1 << 20 }

    private(set) var base: UnsafeMutablePointer<Element>
    var count: Int = 0
    private(set) var capacity: Int

    init(capacity: Int = 16) {
        self.capacity = max(capacity, 16)
        self.base = GrowableBuffer.allocate(self.capacity)
    }

    private static func allocate(_ capacity: Int) -> UnsafeMutablePointer<Element> {
        let bytes = capacity * MemoryLayout<Element>.stride
        if bytes >= mappedThreshold,
           let address = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
           address != MAP_FAILED {
            return address.bindMemory(to: Element.self, capacity: capacity)
        }
        return UnsafeMutablePointer<Element>.allocate(capacity: capacity)
    }

    private static func free(_ base: UnsafeMutablePointer<Element>, capacity: Int) {
        let bytes = capacity * MemoryLayout<Element>.stride
        if bytes >= mappedThreshold {
            munmap(UnsafeMutableRawPointer(base), bytes)
        } else {
            base.deallocate()
        }
    }

    /// Makes room for `additional` more values without moving them again before they are written.
    @inline(__always)
    mutating func reserve(additional: Int) {
        if count + additional > capacity { grow(to: count + additional) }
    }

    private mutating func grow(to minimum: Int) {
        var newCapacity = capacity * 2
        while newCapacity < minimum { newCapacity *= 2 }
        let newBase = GrowableBuffer.allocate(newCapacity)
        newBase.update(from: base, count: count)
        GrowableBuffer.free(base, capacity: capacity)
        base = newBase
        capacity = newCapacity
    }

    @inline(__always)
    mutating func append(_ value: Element) {
        if count == capacity { grow(to: count + 1) }
        base[count] = value
        count += 1
    }

    mutating func append(from source: UnsafePointer<Element>, count sourceCount: Int) {
        reserve(additional: sourceCount)
        (base + count).update(from: source, count: sourceCount)
        count += sourceCount
    }

    @inline(__always)
    subscript(index: Int) -> Element {
        get { base[index] }
        nonmutating set { base[index] = newValue }
    }

    var buffer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

    func deallocate() {
        GrowableBuffer.free(base, capacity: capacity)
    }
}
