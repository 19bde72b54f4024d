/// SQL `LIKE`, as PostgreSQL has it: case-sensitive, `%` any run of characters (code points), `_`
/// exactly one, `\` makes the next character literal. Matched with the two-pointer wildcard walk, which
/// backtracks only to the last `%`, so no pattern can make it exponential.
struct LikePattern: Sendable {
    enum Element: Sendable, Equatable {
        case literal(Unicode.Scalar)
        case one
        case any
    }
    let elements: [Element]

    init(_ pattern: String) {
        var elements: [Element] = []
        var escaped = false
        for scalar in pattern.unicodeScalars {
            if escaped {
                elements.append(.literal(scalar))
                escaped = false
                continue
            }
            switch scalar {
            case "\\": escaped = true
            case "%": if elements.last != .any { elements.append(.any) }
            case "_": elements.append(.one)
            default: elements.append(.literal(scalar))
            }
        }
        if escaped { elements.append(.literal("\\")) }
        self.elements = elements
    }

    func matches(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var (textIndex, patternIndex) = (0, 0)
        var star: Int? = nil
        var starText = 0
        while textIndex < scalars.count {
            if patternIndex < elements.count {
                switch elements[patternIndex] {
                case .any:
                    star = patternIndex
                    starText = textIndex
                    patternIndex += 1
                    continue
                case .one:
                    textIndex += 1
                    patternIndex += 1
                    continue
                case .literal(let scalar) where scalar == scalars[textIndex]:
                    textIndex += 1
                    patternIndex += 1
                    continue
                case .literal:
                    break
                }
            }
            guard let star else { return false }
            patternIndex = star + 1
            starText += 1
            textIndex = starText
        }
        while patternIndex < elements.count, elements[patternIndex] == .any { patternIndex += 1 }
        return patternIndex == elements.count
    }
}
