import EQTypes

/// Engagement status a demo user is drawn with; the generator picks the status first and then a last
/// login that produces it, which is how the shares come out as the issue asks.
enum DemoStatus: Int, CaseIterable {
    case active, atRisk, inactive, neverLoggedIn

    /// Target shares in percent, before the cut-back for users too new to be at risk or inactive.
    static let weights = WeightedChoice([46, 21, 28, 5])

    /// Relative event volume: engaged users produce more events.
    var eventWeight: Double {
        switch self {
        case .active: 1.5
        case .atRisk: 0.7
        case .inactive: 0.35
        case .neverLoggedIn: 0.2
        }
    }

    /// The mean event weight under the target shares, to scale event counts to `eventsPerUser`.
    static let meanEventWeight = 0.5 * 1.5 + 0.2 * 0.7 + 0.25 * 0.35 + 0.05 * 0.2
}

/// One generated user row, before it is appended to columns.
struct DemoUser {
    var id: Int64
    var firstName: Int
    var lastName: Int
    var lastNameFirst: Bool
    var domain: Int
    var role: Int
    var country: Int?
    var plan: Int
    var score: Int64?
    var joinedAt: Int32
    var status: DemoStatus
    /// Microseconds; nil when the user never logged in.
    var lastLoginAt: Int64?
    var lastEmailAt: Int64?
    var emailOptIn: Bool

    static let firstDay = CivilDate.days(year: 2021, month: 1, day: 1)
    static let activeDays = 45
    static let atRiskDays = 90
    static let secondsPerDay = 86_400

    /// Draws user `id` of `userCount` from its own random stream.
    init(id: Int64, of userCount: Int, seed: UInt64) {
        var random = DemoRandom(seed: seed, stream: 1, key: UInt64(id))
        let reference = DemoData.referenceDate
        self.id = id
        firstName = random.below(DemoVocabulary.firstNames.count)
        lastName = random.below(DemoVocabulary.lastNames.count)
        lastNameFirst = random.chance(DemoVocabulary.lastFirstPercent)
        domain = DemoVocabulary.domainWeights.pick(&random)
        role = DemoVocabulary.roleWeights.pick(&random)
        let country = DemoVocabulary.countryWeights.pick(&random)
        self.country = random.chance(DemoVocabulary.countryNullPercent) ? nil : country
        plan = DemoVocabulary.planWeights.pick(&random)
        let scoreDraw = (random.unit() + random.unit() + random.unit()) / 3
        let score = Int64(scoreDraw * 1001)
        self.score = random.chance(3) ? nil : score

        // Sign-ups grow linearly over time (the square root of the id's quantile), ids roughly follow
        // sign-up order as in a real CRM, and a few days of jitter keep them from being strictly sorted.
        let span = Int(reference - Self.firstDay) + 1
        let quantile = (Double(id) - 0.5) / Double(max(userCount, 1))
        let jitter = random.below(15) - 7
        let joinedOffset = min(max(Int(quantile.squareRoot() * Double(span)) + jitter, 0), span - 1)
        joinedAt = Self.firstDay + Int32(joinedOffset)

        let age = Int(reference - joinedAt)
        var status = DemoStatus(rawValue: DemoStatus.weights.pick(&random))!
        if status == .inactive && age < Self.atRiskDays { status = .atRisk }
        if status == .atRisk && age < Self.activeDays { status = .active }
        self.status = status
        let daysSinceLogin: Int?
        switch status {
        case .active:
            // Skewed towards recent logins, as among real active users.
            let draw = random.unit()
            daysSinceLogin = Int(Double(min(Self.activeDays - 1, age) + 1) * draw * (0.4 + 0.6 * draw))
        case .atRisk:
            daysSinceLogin = Self.activeDays + random.below(min(Self.atRiskDays - 1, age) - Self.activeDays + 1)
        case .inactive:
            daysSinceLogin = Self.atRiskDays + random.below(age - Self.atRiskDays + 1)
        case .neverLoggedIn:
            daysSinceLogin = nil
        }
        let loginSecond = random.below(Self.secondsPerDay)
        lastLoginAt = daysSinceLogin.map { days in
            Self.micros(day: reference - Int32(days), second: loginSecond)
        }
        let emailDraw = random.below((age + 1) * Self.secondsPerDay)
        lastEmailAt = random.chance(20) ? nil : CivilDate.micros(ofDay: joinedAt) + Int64(emailDraw) * 1_000_000
        emailOptIn = random.chance(70)
    }

    static func micros(day: Int32, second: Int) -> Int64 {
        CivilDate.micros(ofDay: day) + Int64(second) * CivilDate.microsPerSecond
    }
}
