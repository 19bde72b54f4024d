/// Distinct strings stored back to back as UTF-8 with their offsets: one allocation for the whole
/// column instead of one `String` per row, and byte-wise comparison as in DuckDB and PostgreSQL.
public struct StringDictionary: Sendable {
    public let bytes: ColumnBuffer<UInt8>
    /// `count + 1` offsets; entry `code` is `bytes[offsets[code] ..< offsets[code + 1]]`.
    public let offsets: ColumnBuffer<UInt32>

    public init(bytes: ColumnBuffer<UInt8>, offsets: ColumnBuffer<UInt32>) {
        precondition(!offsets.isEmpty, "a dictionary has at least the start offset")
        self.bytes = bytes
        self.offsets = offsets
    }

    public init(bytes: [UInt8], offsets: [UInt32]) {
        self.init(bytes: ColumnBuffer(bytes), offsets: ColumnBuffer(offsets))
    }

    public init(_ strings: some Sequence<String>) {
        var bytes: [UInt8] = []
        var offsets: [UInt32] = [0]
        for string in strings {
            bytes.append(contentsOf: string.utf8)
            offsets.append(UInt32(bytes.count))
        }
        self.init(bytes: bytes, offsets: offsets)
    }

    public var count: Int { offsets.count - 1 }

    public func string(at code: Int) -> String {
        let start = Int(offsets[code])
        let end = Int(offsets[code + 1])
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
        }
    }

    /// Calls `body` with each entry's bytes, for predicates evaluated once per distinct value.
    public func forEachEntry(_ body: (Int, UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        try bytes.withUnsafeBufferPointer { buffer in
            try offsets.withUnsafeBufferPointer { offsets in
                for code in 0..<(offsets.count - 1) {
                    let start = Int(offsets[code])
                    let end = Int(offsets[code + 1])
                    try body(code, UnsafeBufferPointer(rebasing: buffer[start..<end]))
                }
            }
        }
    }

    /// The code of an exact (byte-wise) match, if the dictionary holds it.
    public func code(of string: String) -> Int? {
        var target = Array(string.utf8)
        return target.withUnsafeMutableBufferPointer { target in
            var found: Int?
            forEachEntry { code, entry in
                if found == nil && entry.count == target.count && memcmpEqual(entry, UnsafeBufferPointer(target)) {
                    found = code
                }
            }
            return found
        }
    }

    public var byteCount: Int { bytes.count + offsets.count * MemoryLayout<UInt32>.stride }
}

@inline(__always)
func memcmpEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    for index in 0..<a.count where a[index] != b[index] { return false }
    return true
}
