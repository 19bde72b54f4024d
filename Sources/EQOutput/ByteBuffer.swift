import EQTypes

/// A growable byte buffer that writers append encoded cells to. Encoding straight into raw memory,
/// without a `String` per cell, is what lets a 10-million-row export run at disk speed.
final class ByteBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 1 << 16) {
        self.capacity = max(capacity, 64)
        self.base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    func removeAll() { count = 0 }

    /// Makes room for `extra` more bytes, so callers that know a bound can write without checks.
    @inline(__always)
    func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    func append(_ string: String) {
        var string = string
        string.withUTF8 { append($0) }
    }

    /// Appends a byte the caller has already reserved room for.
    @inline(__always)
    private func appendReserved(_ byte: UInt8) {
        base[count] = byte
        count += 1
    }

    func append(int value: Int64) {
        reserve(20)
        var magnitude = value.magnitude
        if value < 0 { appendReserved(UInt8(ascii: "-")) }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var digitCount = 0
        withUnsafeMutableBytes(of: &digits) { scratch in
            repeat {
                scratch[digitCount] = UInt8(truncatingIfNeeded: magnitude % 10) &+ 48
                magnitude /= 10
                digitCount += 1
            } while magnitude != 0
            for position in stride(from: digitCount - 1, through: 0, by: -1) {
                appendReserved(scratch[position])
            }
        }
    }

    /// Appends `value` as exactly `width` zero-padded digits; callers pass values that fit.
    @inline(__always)
    private func appendPadded(_ value: Int, width: Int) {
        var remaining = value
        for position in stride(from: width - 1, through: 0, by: -1) {
            base[count + position] = UInt8(truncatingIfNeeded: remaining % 10) &+ 48
            remaining /= 10
        }
        count += width
    }

    /// The last date written and its ten bytes: consecutive timestamps mostly share a day, and the
    /// civil-date conversion is the costliest step of writing one.
    private var cachedDay = Int32.min
    private var cachedDate: (UInt64, UInt16) = (0, 0)

    /// `YYYY-MM-DD`, byte for byte what `CivilDate.format(days:)` gives.
    func append(date days: Int32) {
        reserve(10)
        if days == cachedDay {
            withUnsafeBytes(of: cachedDate) { (base + count).update(from: $0.baseAddress!.assumingMemoryBound(to: UInt8.self), count: 10) }
            count += 10
            return
        }
        let (year, month, day) = CivilDate.civil(days: days)
        guard (0...9999).contains(year) else {
            append(CivilDate.format(days: days))
            return
        }
        reserve(10)
        appendPadded(year, width: 4)
        appendReserved(UInt8(ascii: "-"))
        appendPadded(month, width: 2)
        appendReserved(UInt8(ascii: "-"))
        appendPadded(day, width: 2)
        cachedDay = days
        withUnsafeMutableBytes(of: &cachedDate) { $0.copyMemory(from: UnsafeRawBufferPointer(start: base + count - 10, count: 10)) }
    }

    /// `YYYY-MM-DD HH:MM:SS[.ffffff]`, byte for byte what `CivilDate.format(micros:)` gives.
    func append(timestamp micros: Int64) {
        let day = CivilDate.day(ofMicros: micros)
        let microsOfDay = micros - Int64(day) * CivilDate.microsPerDay
        append(date: day)
        let fraction = Int(microsOfDay % CivilDate.microsPerSecond)
        let secondOfDay = Int(microsOfDay / CivilDate.microsPerSecond)
        reserve(16)
        appendReserved(UInt8(ascii: " "))
        appendPadded(secondOfDay / 3600, width: 2)
        appendReserved(UInt8(ascii: ":"))
        appendPadded(secondOfDay / 60 % 60, width: 2)
        appendReserved(UInt8(ascii: ":"))
        appendPadded(secondOfDay % 60, width: 2)
        if fraction != 0 {
            appendReserved(UInt8(ascii: "."))
            appendPadded(fraction, width: 6)
        }
    }

    func makeString() -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}

extension ByteBuffer {
    func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}
