/// Interns byte strings into dense codes with an open-addressing hash table over the bytes themselves,
/// so building a dictionary column makes no `String` per row. The table is dropped once the column is
/// built; only `bytes` and `offsets` survive, as the `StringDictionary`.
struct DictionaryBuilder {
    private(set) var bytes: GrowableBuffer<UInt8>
    /// `count + 1` offsets, as in `StringDictionary`.
    private(set) var offsets: GrowableBuffer<UInt32>
    private var hashes: GrowableBuffer<UInt32>
    /// Code + 1 per slot; 0 is empty.
    private var slots: UnsafeMutablePointer<UInt32>
    private var slotMask: Int

    init(expectedCount: Int = 64) {
        var slotCount = 64
        while slotCount < expectedCount * 2 { slotCount *= 2 }
        bytes = GrowableBuffer(capacity: 1024)
        offsets = GrowableBuffer(capacity: expectedCount + 1)
        offsets.append(0)
        hashes = GrowableBuffer(capacity: expectedCount)
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: 0, count: slotCount)
        slotMask = slotCount - 1
    }

    var count: Int { offsets.count - 1 }

    func deallocate() {
        bytes.deallocate()
        offsets.deallocate()
        hashes.deallocate()
        slots.deallocate()
    }

    @inline(__always)
    func entry(_ code: Int) -> (pointer: UnsafePointer<UInt8>, count: Int) {
        let start = Int(offsets[code])
        return (UnsafePointer(bytes.base) + start, Int(offsets[code + 1]) - start)
    }

    /// The code of these bytes, if present.
    func find(_ pointer: UnsafePointer<UInt8>, count length: Int) -> Int? {
        let hash = DictionaryBuilder.hash(pointer, length)
        var slot = Int(truncatingIfNeeded: hash) & slotMask
        while slots[slot] != 0 {
            let code = Int(slots[slot] - 1)
            if entryEquals(code, pointer, length) { return code }
            slot = (slot + 1) & slotMask
        }
        return nil
    }

    @inline(__always)
    func entryEquals(_ code: Int, _ pointer: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        let start = Int(offsets[code])
        return Int(offsets[code + 1]) - start == length && bytesEqual(bytes.base + start, pointer, length)
    }

    /// The code of these bytes, adding them if new.
    @inline(__always)
    mutating func code(for pointer: UnsafePointer<UInt8>, count length: Int) -> UInt32 {
        let hash = DictionaryBuilder.hash(pointer, length)
        let shortHash = UInt32(truncatingIfNeeded: hash >> 32)
        var slot = Int(truncatingIfNeeded: hash) & slotMask
        while true {
            let stored = slots[slot]
            if stored == 0 { break }
            let code = Int(stored - 1)
            if hashes[code] == shortHash {
                let start = Int(offsets[code])
                if Int(offsets[code + 1]) - start == length && bytesEqual(bytes.base + start, pointer, length) {
                    return UInt32(code)
                }
            }
            slot = (slot + 1) & slotMask
        }
        let code = count
        bytes.append(from: pointer, count: length)
        offsets.append(UInt32(truncatingIfNeeded: bytes.count))
        hashes.append(shortHash)
        slots[slot] = UInt32(code + 1)
        if (code + 1) * 2 > slotMask { rehash() }
        return UInt32(code)
    }

    private mutating func rehash() {
        let slotCount = (slotMask + 1) * 2
        slots.deallocate()
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: 0, count: slotCount)
        slotMask = slotCount - 1
        for code in 0..<count {
            let entry = entry(code)
            var slot = Int(truncatingIfNeeded: DictionaryBuilder.hash(entry.pointer, entry.count)) & slotMask
            while slots[slot] != 0 { slot = (slot + 1) & slotMask }
            slots[slot] = UInt32(code + 1)
        }
    }

    /// A fast 64-bit mix over 8-byte words; the table only needs a good spread, not a keyed hash.
    @inline(__always)
    static func hash(_ pointer: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: length)
        var index = 0
        let raw = UnsafeRawPointer(pointer)
        while index + 8 <= length {
            state = (state ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            state ^= state >> 29
            index += 8
        }
        if index < length {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while index < length {
                tail |= UInt64(pointer[index]) << shift
                shift += 8
                index += 1
            }
            state = (state ^ tail) &* 0x94D0_49BB_1331_11EB
            state ^= state >> 31
        }
        state = (state ^ (state >> 32)) &* 0xD6E8_FEB8_6659_FD93
        return state ^ (state >> 32)
    }
}

@inline(__always)
private func bytesEqual(_ lhs: UnsafeMutablePointer<UInt8>, _ rhs: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    var index = 0
    if count >= 8 {
        let left = UnsafeRawPointer(lhs)
        let right = UnsafeRawPointer(rhs)
        while index + 8 <= count {
            if left.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                != right.loadUnaligned(fromByteOffset: index, as: UInt64.self) { return false }
            index += 8
        }
    }
    while index < count {
        if lhs[index] != rhs[index] { return false }
        index += 1
    }
    return true
}
