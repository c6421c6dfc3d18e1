/// What the copy checks know besides the text: the thresholds, the trigger phrases, the words in
/// capitals that are names rather than shouting, the campaign's signature and sender, and, for a
/// generated example, which variables may be left for Puffle to fill at send time.
public struct CopyContext: Sendable {
    /// What is being checked, which decides the rules about what a text must hold.
    public enum Kind: Sendable {
        /// The draft being written: its variables and `&&…&&` instructions are the point, and an
        /// empty field is work not done yet.
        case draft
        /// An email as it will go out (the sequence review): it needs a subject and a body, and
        /// an `&&…&&` instruction left in it is a mistake.
        case email
        /// A generated example: as an email, and a variable Puffle does not fill at send time is unresolved.
        case example(filledAtSend: Set<String>)
    }

    /// What is being checked.
    public let kind: Kind
    /// The limits.
    public let thresholds: CopyThresholds
    /// The trigger phrases (shipped, with the user's file applied).
    public let triggers: TriggerPhrases
    /// Words in capitals that are not shouting besides the acronyms: the campaign's own names,
    /// uppercased.
    public let knownCapitals: Set<String>
    /// The signature the campaign appends to every email.
    public let signature: String?
    /// The sender's names ("Priya", "Priya Raman"), to spot a sign-off the signature repeats.
    public let senderNames: [String]
    /// The sender's names as folded word keys, made once: every keystroke looks for them.
    let senderNameKeys: [[UInt64]]
    /// Whether the signature names the sender (then a body that signs off too signs twice).
    let signatureNamesSender: Bool
    /// Names this context so caches can tell one from another without comparing the lists.
    public let revision = Revision.next()

    /// A context from its parts.
    public init(
        thresholds: CopyThresholds = CopyThresholds(), triggers: TriggerPhrases = .shipped,
        knownCapitals: Set<String> = [], signature: String? = nil, senderNames: [String] = [], kind: Kind = .draft
    ) {
        self.thresholds = thresholds
        self.triggers = triggers
        self.knownCapitals = knownCapitals
        self.signature = signature
        self.senderNames = senderNames
        self.kind = kind
        let keys = senderNames.map { CopyWord.words(in: $0).map(\.key) }.filter { !$0.isEmpty }
        senderNameKeys = keys
        signatureNamesSender = signature.map { CopyReport.names(sender: $0, keys) } ?? false
    }

    /// The same context for another kind of text (a new one, with its own revision).
    public func with(kind: Kind) -> CopyContext {
        CopyContext(
            thresholds: thresholds, triggers: triggers, knownCapitals: knownCapitals, signature: signature,
            senderNames: senderNames, kind: kind)
    }

    /// For an example, the variables Puffle fills at send time (any other is unresolved); nil otherwise.
    var filledAtSend: Set<String>? {
        if case .example(let filled) = kind { filled } else { nil }
    }

    /// Whether the text is an email as sent (not a draft being written).
    var isEmail: Bool {
        if case .draft = kind { false } else { true }
    }

    /// Acronyms a B2B email writes in capitals without shouting.
    public static let acronyms: Set<String> = [
        "API", "APIS", "ARR", "B2B", "B2C", "BDR", "CAC", "CEO", "CFO", "CMO", "COO", "CPO", "CRM", "CRO", "CSV",
        "CTA", "CTO", "CX", "DM", "EMEA", "ERP", "ESG", "ETA", "EU", "FAQ", "FTE", "GDPR", "GTM", "HIPAA", "HR",
        "HTML", "HTTP", "ICP", "IPO", "ISO", "IT", "KPI", "KPIS", "LLC", "LTV", "MQL", "MRR", "NDA", "NPS", "OKR",
        "OKRS", "PDF", "PR", "QA", "QBR", "RFP", "ROI", "SaaS", "SAAS", "SDK", "SDR", "SEO", "SKU", "SKUS", "SLA",
        "SMB", "SOC", "SQL", "SSO", "TCO", "TMS", "UI", "UK", "URL", "USA", "USD", "UX", "VAT", "VIP", "VP", "WMS",
        "YOY", "ASAP", "FYI", "EOD", "EOW", "USP", "AWS", "GCP", "IOT", "AI", "ML", "LLM", "ATS", "CMS", "CDP", "POS",
        "EDI", "3PL", "LTL", "FTL", "HQ", "NYC", "SF", "LA", "APAC", "LATAM", "DACH", "NATO", "NASA", "ISO27001"
    ]
}
