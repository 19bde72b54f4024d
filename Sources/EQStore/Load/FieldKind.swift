/// How a value was written, which limits the types it may take: a CSV field can be anything, but in
/// NDJSON `"42"` stays a string and `42` never becomes a date.
enum FieldKind: UInt8, Sendable {
    case csvUnquoted
    case csvQuoted
    case jsonString
    case jsonNumber
    /// `true` or `false`.
    case jsonLiteral
    /// An object or array, kept as its JSON text.
    case jsonNested

    @inline(__always) var mayBeBool: Bool { self == .csvUnquoted || self == .csvQuoted || self == .jsonLiteral }
    @inline(__always) var mayBeNumber: Bool { self == .csvUnquoted || self == .csvQuoted || self == .jsonNumber }
    @inline(__always) var mayBeTemporal: Bool { self == .csvUnquoted || self == .csvQuoted || self == .jsonString }
}
