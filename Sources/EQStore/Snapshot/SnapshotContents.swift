/// Everything a snapshot holds: the session's tables, its settings and its segments. The settings are
/// plain values here because EQStore does not know the engine's `Settings`; the engine maps them.
public struct SnapshotContents: Sendable {
    public struct Settings: Sendable, Equatable {
        public var today: Int32
        /// Whether `today` was chosen (`set today`, `--today`) rather than taken from the clock.
        public var todayIsSet: Bool
        public var activeDays: Int
        public var atRiskDays: Int
        public var lastSeenColumn: String?
        public var strict: Bool

        public init(today: Int32, todayIsSet: Bool, activeDays: Int, atRiskDays: Int, lastSeenColumn: String?,
                    strict: Bool) {
            self.today = today
            self.todayIsSet = todayIsSet
            self.activeDays = activeDays
            self.atRiskDays = atRiskDays
            self.lastSeenColumn = lastSeenColumn
            self.strict = strict
        }
    }

    public var tables: [Table]
    public var settings: Settings
    /// The segments as `save segments` writes them to eq.segments (definitions that did not read kept
    /// as written), so reading them back is the same code as reading that file.
    public var segmentsText: String

    public init(tables: [Table], settings: Settings, segmentsText: String) {
        self.tables = tables
        self.settings = settings
        self.segmentsText = segmentsText
    }

    /// The bytes of the column buffers: what opening the snapshot maps (or, without a mapping, reads).
    public var columnBytes: Int { tables.reduce(0) { $0 + $1.byteCount } }
}
