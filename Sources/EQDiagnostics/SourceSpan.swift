/// A half-open range of UTF-8 byte offsets into a `SourceFile`.
///
/// Byte offsets (not line/column) are what every stage stores: they are cheap to carry and to combine,
/// and line and column are only worked out when a diagnostic is rendered.
public struct SourceSpan: Hashable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    public init(at offset: Int) {
        self.init(start: offset, end: offset)
    }

    /// The smallest span covering both, so a parent node can span its children.
    public func union(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(start: min(start, other.start), end: max(end, other.end))
    }

    public var length: Int { end - start }

    public var description: String { "\(start)..<\(end)" }
}
