import EQDiagnostics

/// `export "list.csv" (email, name, role) overwrite raw`.
public struct ExportRequest: Sendable {
    public var path: String
    public var pathSpan: SourceSpan
    /// nil writes every column of the relation.
    public var columns: [Identifier]?
    /// Replace an existing file; without it, an existing file is an error and stays untouched.
    public var overwrite: Bool
    /// Turn off the guard that defuses cells a spreadsheet would run as formulas.
    public var raw: Bool

    public init(path: String, pathSpan: SourceSpan, columns: [Identifier]?, overwrite: Bool, raw: Bool) {
        self.path = path
        self.pathSpan = pathSpan
        self.columns = columns
        self.overwrite = overwrite
        self.raw = raw
    }
}

/// A share written `10%` or `12.5%`, in hundredths of a percent (basis points), the unit the hash
/// split compares against, so `12.5%` is exact.
public struct Percent: Sendable, Hashable {
    public var basisPoints: Int64
    public init(basisPoints: Int64) {
        self.basisPoints = basisPoints
    }
}

/// `holdout 10% as control seed 7 into group2`.
public struct HoldoutRequest: Sendable {
    public var share: Percent
    /// The label of the held-out rows (`control`); the others are `target`.
    public var label: String
    /// Where the label was written, for the error when it names the other group.
    public var labelSpan: SourceSpan?
    public var seed: Int64
    /// The column the split goes into; nil is `group`. A second holdout needs its own.
    public var column: Identifier?

    /// The other group's name, which the label must differ from.
    public static let targetLabel = "target"
    public static let defaultColumn = "group"

    public init(share: Percent, label: String, seed: Int64, labelSpan: SourceSpan? = nil, column: Identifier? = nil) {
        self.share = share
        self.label = label
        self.labelSpan = labelSpan
        self.seed = seed
        self.column = column
    }
}

/// `sample 1000 seed 3`, `sample 5%`.
public struct SampleRequest: Sendable {
    public enum Size: Sendable, Hashable {
        case rows(Int64)
        case share(Percent)
    }
    public var size: Size
    public var seed: Int64

    public init(size: Size, seed: Int64) {
        self.size = size
        self.seed = seed
    }
}
