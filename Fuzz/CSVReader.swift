import EQDiagnostics
@testable import EQStore

/// libFuzzer target: any bytes as a CSV file, in small chunks so the parallel path (quote counting per
/// block, chunk cuts, dictionary merges, type widening) runs on small inputs too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        _ = try TableLoader.parseCSV(bytes: bytes, sourceName: "fuzz.csv", tableName: "t", options: LoadOptions(), chunkSize: 64)
    } catch {
        // A record's diagnostic carries the failing line as its source (the caret may stand just past
        // its end: "expected 1 more"); a whole-file problem ("has no columns") has none, and the session
        // positions it at the `load`. Either way it must render, naming the file when it has a line.
        let rendered = DiagnosticRenderer(useColor: false).render(error)
        if error.source != nil && error.span != nil && !rendered.contains("fuzz.csv" + ":") {
            fatalError("diagnostic without file:line:col: \(rendered)")
        }
    }
    return 0
}
