/// A named segment: the text of its query, kept rather than its plan so each statement binds it afresh
/// against the current data and settings (a segment of "at risk" users moves with `today`).
public struct Segment: Sendable, Hashable {
    public var name: String
    public var definition: String
    /// A lifecycle (`define NAME = case ... end`, `definition` the `case ... end`) rather than a segment:
    /// saved in the same file, under its own names.
    public var isLifecycle = false
    public init(name: String, definition: String, isLifecycle: Bool = false) {
        self.name = name
        self.definition = definition
        self.isLifecycle = isLifecycle
    }

    /// The key the file merge matches definitions by: a lifecycle and a segment may share a name.
    var fileKey: String { (isLifecycle ? "define " : "") + name.lowercased() }

    /// The definition as the file holds it.
    var fileLine: String { isLifecycle ? "define \(name) = \(definition)\n" : "let \(name) = \(definition)\n" }
}
