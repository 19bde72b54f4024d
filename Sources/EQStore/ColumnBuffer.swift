/// The elements of one column buffer: an array of eq's own, or a section of a snapshot file that stays
/// mapped while any buffer points into it.
///
/// Why not a plain array: a Swift array cannot point into a mapping, so a snapshot's columns had to be
/// copied out of the file on open, which cost as much as reading it. A buffer reads like an array
/// (subscript, `count`, `withUnsafeBufferPointer`, every `Collection` algorithm) and has no setter, so
/// stored columns are never changed in place: a kernel that wants new values builds a new array
/// and a new column, and the mapped file is never written.
///
/// Indexing checks its bounds in debug builds only, like the unsafe buffer it wraps; every kernel
/// derives its indices from `count` or from row numbers checked when the column was built.
public struct ColumnBuffer<Element: BitwiseCopyable>: @unchecked Sendable {
    // @unchecked: the memory behind `base` is never written after the buffer is made, and `owner`
    // (an array, or a read-only snapshot mapping) keeps it alive, so threads may share it freely.
    @usableFromInline let base: UnsafePointer<Element>?
    public let count: Int
    @usableFromInline let owner: AnyObject?

    /// Wraps an array without copying it: the buffer keeps the array's storage alive and, since
    /// nobody can write to storage that two holders share without copying it first, unchanged.
    @inlinable
    public init(_ array: [Element]) {
        let box = ArrayOwner(array)
        self.base = box.base
        self.count = array.count
        self.owner = box
    }

    /// Elements that live in memory `owner` keeps valid and unchanged for as long as it lives (a
    /// snapshot's mapping).
    public init(borrowing base: UnsafePointer<Element>?, count: Int, owner: AnyObject) {
        self.base = count == 0 ? nil : base
        self.count = count
        self.owner = owner
    }

    @inlinable
    public func withUnsafeBufferPointer<R, E: Error>(_ body: (UnsafeBufferPointer<Element>) throws(E) -> R)
        throws(E) -> R {
        try withExtendedLifetime(owner) { () throws(E) -> R in
            try body(UnsafeBufferPointer(start: base, count: count))
        }
    }

    @inlinable
    public func withUnsafeBytes<R, E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> R) throws(E) -> R {
        try withExtendedLifetime(owner) { () throws(E) -> R in
            try body(UnsafeRawBufferPointer(UnsafeBufferPointer(start: base, count: count)))
        }
    }

    /// The elements as an array: free for a buffer that wraps one, a copy for a mapped one.
    @inlinable
    public var array: [Element] {
        if let box = owner as? ArrayOwner<Element> { return box.array }
        return withUnsafeBufferPointer { Array($0) }
    }

    /// Whether the elements live in a mapped file rather than in eq's own memory.
    public var isBorrowed: Bool { owner != nil && !(owner is ArrayOwner<Element>) }
}

extension ColumnBuffer: RandomAccessCollection {
    public typealias Index = Int
    public typealias Indices = Range<Int>

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { count }

    @inlinable
    public subscript(position: Int) -> Element {
        UnsafeBufferPointer(start: base, count: count)[position]
    }

    @inlinable
    public func withContiguousStorageIfAvailable<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows
        -> R? {
        try withExtendedLifetime(owner) { try body(UnsafeBufferPointer(start: base, count: count)) }
    }
}

extension ColumnBuffer: ExpressibleByArrayLiteral {
    @inlinable
    public init(arrayLiteral elements: Element...) {
        self.init(elements)
    }
}

extension ColumnBuffer: Equatable where Element: Equatable {
    @inlinable
    public static func == (lhs: ColumnBuffer, rhs: ColumnBuffer) -> Bool {
        lhs.elementsEqual(rhs)
    }
}

extension ColumnBuffer: CustomStringConvertible {
    public var description: String { array.description }
}

/// Keeps an array (and so its storage) alive for the buffers that point into it.
@usableFromInline
final class ArrayOwner<Element>: @unchecked Sendable {
    // @unchecked: `array` is a `let` and its storage is only read.
    @usableFromInline let array: [Element]
    @usableFromInline let base: UnsafePointer<Element>?

    @inlinable
    init(_ array: [Element]) {
        self.array = array
        // The storage of a `let` array held here never moves or changes: a write through another
        // holder of the same storage copies it first.
        self.base = array.withUnsafeBufferPointer { $0.baseAddress }
    }
}
