import EQDiagnostics
import EQOutput
import EQStore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Charts fit the width they are given, fall back to ASCII, and write SVG that an XML parser accepts.
struct ChartTests {
    static let data = ChartData(labelNames: ["status"], labels: ["active", "at_risk", "inactive", "a <&> \"b\""],
                                series: [ChartData.Series(name: "count", values: [965, 438, nil, 597])])

    static let matrix = ChartData(labelNames: ["cohort"], labels: ["2024-01", "2024-02"], series: [
        ChartData.Series(name: "size", values: [72, 51]),
        ChartData.Series(name: "period_0", values: [0.5, 0.45]),
        ChartData.Series(name: "period_1", values: [0.61, nil]),
    ])

    static func drawings(_ options: ChartOptions) -> [String] {
        [TerminalChart.bar(data, options: options), TerminalChart.line(data, options: options),
         TerminalChart.heatmap(matrix, options: options), TerminalChart.stacked(matrix, options: options)]
    }

    @Test(arguments: [20, 40, 80, 132])
    func everyLineFitsTheWidth(width: Int) {
        for unicode in [true, false] {
            for drawing in Self.drawings(ChartOptions(width: width, unicode: unicode)) {
                for line in drawing.split(separator: "\n") {
                    #expect(displayWidth(of: line) <= width, "\(line)")
                }
            }
        }
    }

    @Test func asciiFallbackUsesNoUnicode() {
        for drawing in Self.drawings(ChartOptions(width: 60, unicode: false)) {
            let nonASCIIOutsideLabels = drawing.replacingOccurrences(of: "…", with: "").unicodeScalars.filter { !$0.isASCII }
            #expect(nonASCIIOutsideLabels.isEmpty, "\(drawing)")
        }
    }

    @Test func barsAreLabelledWithTheirValues() {
        let bar = TerminalChart.bar(Self.data, options: ChartOptions(width: 60, unicode: true))
        #expect(bar.contains("965"))
        #expect(bar.contains("at_risk"))
        #expect(bar.hasPrefix("count by status\n"))
    }

    @Test func heatmapShowsOnlyThePeriodCells() {
        let heatmap = TerminalChart.heatmap(Self.matrix, options: ChartOptions(width: 60, unicode: true))
        #expect(heatmap.contains("period_0 … period_1") || heatmap.contains("period_0, period_1"))
        #expect(!heatmap.contains("size"))
    }

    @Test func unicodeOnlyInAUTF8LocaleWithoutNoColor() {
        #expect(ChartOptions.unicodeAllowed(noColor: nil, locale: "en_US.UTF-8"))
        #expect(ChartOptions.unicodeAllowed(noColor: nil, locale: "C.utf8"))
        #expect(!ChartOptions.unicodeAllowed(noColor: "1", locale: "en_US.UTF-8"))
        #expect(!ChartOptions.unicodeAllowed(noColor: nil, locale: "C"))
        #expect(!ChartOptions.unicodeAllowed(noColor: nil, locale: nil))
    }

    final class Collector: NSObject, XMLParserDelegate {
        var elements: [String] = []
        var text = ""
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements.append(name)
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }

    @Test(arguments: [SVGChart.Kind.bar, .line, .heatmap, .stacked])
    func svgIsWellFormedXML(kind: SVGChart.Kind) throws {
        let svg = SVGChart.render(kind == .heatmap || kind == .stacked ? Self.matrix : Self.data, kind: kind)
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = Collector()
        parser.delegate = collector
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")\n\(svg)")
        #expect(collector.elements.first == "svg")
        #expect(collector.elements.contains("rect") || collector.elements.contains("polyline"))
        if kind == .bar { #expect(collector.text.contains("a <&> \"b\"")) }
    }
}
