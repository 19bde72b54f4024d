import ArgumentParser
import EQDiagnostics
import EQEngine
import EQPlan
import EQSyntax

#if canImport(Glibc)
import Glibc
#endif

/// `eq tokens|ast|plan TEXT`: stop after a stage and print what it produced, so debugging starts
/// from a stage rather than a guess.
struct TokensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tokens", abstract: "Print the tokens of a statement.")
    @Argument var text: String

    func run() throws {
        do {
            for token in try Lexer.tokenize(SourceFile(name: "query", text: text)) {
                print("\(token.span.start)..<\(token.span.end)\t\(token.kind)\t\(token.text)")
            }
        } catch {
            printError(DiagnosticRenderer().render(error))
            throw ExitCode(1)
        }
    }
}

struct ASTCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ast", abstract: "Print the syntax tree of statements.")
    @Argument var text: String

    func run() throws {
        do {
            print(SyntaxPrinter.render(try Parser.parseScript(SourceFile(name: "query", text: text))))
        } catch {
            printError(DiagnosticRenderer().render(error))
            throw ExitCode(1)
        }
    }
}

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "plan", abstract: "Print the optimised plan of a query without running it.")
    @OptionGroup var common: CommonOptions
    @Argument var text: String

    func run() throws {
        let session = try common.makeSession()
        common.warnIfStale(session)
        let code = ScriptRunner.run("explain " + text, sourceName: "query", session: session,
                                    options: common.batchOptions, output: StandardOutput())
        throw ExitCode(code)
    }
}
