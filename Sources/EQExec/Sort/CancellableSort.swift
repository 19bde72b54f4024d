/// A sort that can be stopped: runs of `runLength` elements are sorted one at a time, then merged
/// pairwise, with the cancellation checked between runs and every `runLength` merged elements, the
/// same granularity as the vector loops. `less` must be a total order (ties broken by position), so
/// the result is exactly that of one `sort(by:)`.
enum CancellableSort {
    static let runLength = 1 << 16

    static func sort<T>(_ items: inout [T], cancellation: () -> Bool,
                        by less: (T, T) -> Bool) throws(ExecutionError) {
        let count = items.count
        guard count > 1 else { return }
        var start = 0
        while start < count {
            if cancellation() { throw .cancelled }
            let end = min(start + runLength, count)
            items[start..<end].sort(by: less)
            start = end
        }
        guard count > runLength else { return }
        var source = items
        var target = items
        var width = runLength
        while width < count {
            var low = 0
            while low < count {
                let middle = min(low + width, count)
                let high = min(low + 2 * width, count)
                var left = low
                var right = middle
                var out = low
                while out < high {
                    if (out - low) % runLength == 0 && cancellation() { throw .cancelled }
                    if right >= high || (left < middle && !less(source[right], source[left])) {
                        target[out] = source[left]
                        left += 1
                    } else {
                        target[out] = source[right]
                        right += 1
                    }
                    out += 1
                }
                low = high
            }
            swap(&source, &target)
            width *= 2
        }
        items = source
    }
}
