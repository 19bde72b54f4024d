/// A manually managed, growable run of trivial values.
///
/// Column pieces append millions of values per chunk; a raw buffer lets the hot loops reserve a batch and
/// write through a pointer, with none of `Array`'s per-append uniqueness and bounds checks. The owner
/// (a `ColumnPiece` or `DictionaryBuilder`) calls `deallocate()` exactly once.
struct GrowableBuffer<Element: BitwiseCopyable> {
    private(set) var base: UnsafeMutablePointer<Element>
    var count: Int = 0
    private(set) var capacity: Int

    init(capacity: Int = 16) {
        self.capacity = max(capacity, 16)
        self.base = UnsafeMutablePointer<Element>.allocate(capacity: self.capacity)
    }

    /// Makes room for `additional` more values without moving them again before they are written.
    @inline(__always)
    mutating func reserve(additional: Int) {
        if count + additional > capacity { grow(to: count + additional) }
    }

    private mutating func grow(to minimum: Int) {
        var newCapacity = capacity * 2
        while newCapacity < minimum { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
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
        base.deallocate()
    }
}
