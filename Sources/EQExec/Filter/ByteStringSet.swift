/// The strings of an `in (...)` list, looked up by their UTF-8 bytes without building a `String` per
/// dictionary entry.
///
/// A list can hold 100,000 strings and a column a million distinct values; testing each entry against
/// every string was 10^11 comparisons (minutes, with Ctrl-C unheard). One hash of the entry's bytes and
/// a compare against the few strings of its bucket keeps it linear.
struct ByteStringSet {
    private let strings: [[UInt8]]
    /// Indexes into `strings` by the hash of their bytes; collisions share a bucket.
    private let buckets: [Int: [Int32]]

    init(_ values: [String]) {
        var strings: [[UInt8]] = []
        var buckets: [Int: [Int32]] = [:]
        strings.reserveCapacity(values.count)
        for value in values {
            let bytes = Array(value.utf8)
            let hash = bytes.withUnsafeBufferPointer(ByteStringSet.hash)
            buckets[hash, default: []].append(Int32(strings.count))
            strings.append(bytes)
        }
        self.strings = strings
        self.buckets = buckets
    }

    func contains(_ entry: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let bucket = buckets[ByteStringSet.hash(entry)] else { return false }
        return bucket.contains { index in
            strings[Int(index)].withUnsafeBufferPointer { bytesEqual($0, entry) }
        }
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes.count)
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        return hasher.finalize()
    }
}
