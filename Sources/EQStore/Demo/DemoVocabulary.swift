/// The words the demo data is made of. Names include accents, CJK, an apostrophe and hyphens so that
/// every output path (CSV quoting, JSON escaping, display width) meets them in ordinary use.
enum DemoVocabulary {
    /// Display name and the ASCII form used in email addresses.
    static let firstNames: [(name: String, slug: String)] = [
        ("James", "james"), ("Mary", "mary"), ("José", "jose"), ("Zoë", "zoe"), ("Björn", "bjorn"),
        ("李雷", "lilei"), ("Ann-Marie", "ann-marie"), ("Jean-Luc", "jean-luc"), ("Ève", "eve"),
        ("Aisha", "aisha"), ("Omar", "omar"), ("Priya", "priya"), ("Wei", "wei"), ("Yuki", "yuki"),
        ("Søren", "soren"), ("Chloé", "chloe"), ("Mateo", "mateo"), ("Lucía", "lucia"), ("Noah", "noah"),
        ("Emma", "emma"), ("Liam", "liam"), ("Olivia", "olivia"), ("Mohammed", "mohammed"), ("Fatima", "fatima"),
        ("Hiroshi", "hiroshi"), ("Anna", "anna"), ("David", "david"), ("Sofia", "sofia"), ("Ethan", "ethan"),
        ("Mia", "mia"), ("Lukas", "lukas"), ("Amélie", "amelie"), ("Raj", "raj"), ("Chen", "chen"),
        ("Ngozi", "ngozi"), ("Kwame", "kwame"), ("Ingrid", "ingrid"), ("Pablo", "pablo"), ("Hannah", "hannah"),
        ("Daniel", "daniel"),
    ]

    static let lastNames: [(name: String, slug: String)] = [
        ("Smith", "smith"), ("Johnson", "johnson"), ("García", "garcia"), ("O'Brien", "o'brien"),
        ("Müller", "muller"), ("Nguyen", "nguyen"), ("Kim", "kim"), ("Rossi", "rossi"), ("Dubois", "dubois"),
        ("Singh", "singh"), ("Patel", "patel"), ("Tanaka", "tanaka"), ("Johansson", "johansson"),
        ("Brown", "brown"), ("Williams", "williams"), ("Martínez", "martinez"), ("Silva", "silva"),
        ("Kowalski", "kowalski"), ("Andersen", "andersen"), ("Okafor", "okafor"), ("Cohen", "cohen"),
        ("Lefèvre", "lefevre"), ("Schmidt", "schmidt"), ("Wang", "wang"), ("Zhang", "zhang"),
        ("Hernández", "hernandez"), ("Costa", "costa"), ("Novak", "novak"), ("Yılmaz", "yilmaz"),
        ("Jones", "jones"),
    ]

    /// Percent of names written `Last, First`, as CRM exports often do; such names need CSV quoting.
    static let lastFirstPercent = 3.0

    static let domains = ["example.com", "example.org", "mail.test", "uni.edu", "alumni.uni.edu"]
    static let domainWeights = WeightedChoice([30, 25, 20, 20, 5])

    static let roles = ["student", "alumni", "employer", "staff", "admin"]
    static let roleWeights = WeightedChoice([62, 18, 10, 7, 3])

    static let countries = ["US", "IN", "GB", "DE", "CA", "FR", "BR", "ES", "MX", "AU", "JP", "NG"]
    static let countryWeights = WeightedChoice([30, 11, 9, 7, 7, 6, 6, 5, 5, 5, 5, 4])
    static let countryNullPercent = 1.5

    static let plans = ["free", "pro", "team"]
    static let planWeights = WeightedChoice([70, 22, 8])

    static let eventTypes = ["login", "page_view", "apply", "email_open", "email_click", "purchase"]
    /// Types of events for users who have logged in; `login` is the most common.
    static let eventTypeWeights = WeightedChoice([34, 30, 9, 14, 6, 7])
    /// Users who never logged in only receive (and sometimes open) email.
    static let neverLoggedInTypeWeights = WeightedChoice([0, 0, 0, 75, 25, 0])
    static let login = 0
    static let firstEmailType = 3
    static let lastEmailType = 4

    static let channels = ["web", "ios", "android", "email"]
    static let appChannelWeights = WeightedChoice([50, 28, 22])
    static let emailChannel = 3
}
