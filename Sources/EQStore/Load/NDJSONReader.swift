import EQDiagnostics

enum NDJSONReader {
    static func read(_ source: UnsafeBufferPointer<UInt8>, sourceName: String, tableName: String,
                     options: LoadOptions, chunkSize: Int?, progress: ProgressReporter?) throws(Diagnostic) -> Table {
        throw Diagnostic("NDJSON is not supported yet")
    }
}
