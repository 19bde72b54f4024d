import EQDiagnostics
import EQSyntax

/// libFuzzer target: any bytes through the lexer, the layout pass and the parser. A crash, a hang or a
/// diagnostic without a position inside the input is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = Parser.needsContinuation(text)
    do {
        _ = try Parser.parseScript(SourceFile(name: "fuzz", text: text))
    } catch {
        guard let span = error.span, span.start >= 0, span.end <= text.utf8.count else {
            fatalError("diagnostic without a position inside the input: \(error.message)")
        }
    }
    return 0
}
