import EQDiagnostics
import EQSyntax

/// libFuzzer target: any bytes as an eq.segments file, through the reader that cuts it into entries
/// and parses each on its own, then through the merge that `save segments` writes. Built from
/// Sources/EQEngine/SegmentFile.swift and Segment.swift alone (Scripts/fuzz), so the engine need not
/// be compiled with the fuzzer.
///
/// Findings: a crash or hang; a problem without a position inside its entry; a save that is not stable
/// (writing the file a second time from what the first write reads back must give the same text, or
/// every save would change the user's file).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let (entries, problems) = SegmentFile.parse(text, name: "eq.segments")
    for problem in problems {
        guard let source = problem.source, let span = problem.span, span.start >= 0, span.end <= source.text.utf8.count else {
            fatalError("a segments-file problem without a position in its entry: \(problem.message)")
        }
        _ = DiagnosticRenderer(useColor: false).render(problem)
    }
    let first = SegmentFile.merge(disk: entries, session: [], changed: []).text
    let second = SegmentFile.merge(disk: SegmentFile.parse(first, name: "eq.segments").entries, session: [], changed: []).text
    if first != second {
        fatalError("saving twice changes the file: \(first.debugDescription) then \(second.debugDescription)")
    }
    return 0
}
