/// The words of the trade copywriters write in (sales, marketing and software: onboarding, SaaS,
/// CRM, webinar, LinkedIn, upsell, …) that general dictionaries lack. Passed to hunspell as its
/// personal dictionary (`-p`), so its suggestions know them too; the user's own words file is
/// checked before the checker is asked at all, so it still wins.
public enum TradeWords {
    /// The words, one per entry, as they are written.
    public static let list: [String] = [
        "onboarding", "onboard", "onboarded", "offboarding", "SaaS", "PaaS", "IaaS", "CRM", "CRMs", "ERP", "ERPs",
        "LinkedIn", "upsell", "upsells", "upselling", "upsold", "cross-sell", "cross-sells", "webinar", "webinars",
        "martech", "fintech", "proptech", "insurtech", "edtech", "healthtech", "regtech", "adtech", "SDR", "SDRs",
        "BDR", "BDRs", "AE", "AEs", "CSM", "CSMs", "RevOps", "SalesOps", "DevOps", "MarTech", "GTM", "ICP", "ICPs",
        "ABM", "MQL", "MQLs", "SQL", "SQLs", "PQL", "PQLs", "ARR", "MRR", "NRR", "ACV", "TCV", "CAC", "LTV", "NPS",
        "CSAT", "OKR", "OKRs", "KPI", "KPIs", "ROI", "QBR", "QBRs", "RFP", "RFPs", "SOW", "SOWs", "MSA", "NDA",
        "POC", "POCs", "PoC", "retargeting", "remarketing", "omnichannel", "multichannel", "dropdown", "dropdowns",
        "signup", "signups", "login", "logins", "logout", "checkout", "checkouts", "ecommerce", "eCommerce",
        "geofencing", "telematics", "dashboarding", "analytics", "roadmap", "roadmaps", "roadmapping", "playbook",
        "playbooks", "cadences", "sequencing", "prospecting", "prospected", "outbound", "inbound", "lookalike",
        "lookalikes", "firmographic", "firmographics", "technographic", "technographics", "upmarket", "downmarket",
        "midmarket", "mid-market", "freemium", "paywall", "paywalls", "onboardings", "scalable", "scalability",
        "workflow", "workflows", "automations", "integrations", "integrator", "integrators", "API", "APIs", "SDK",
        "SDKs", "webhook", "webhooks", "SSO", "SAML", "OAuth", "GDPR", "CCPA", "HIPAA", "SOC2", "uptime", "SLA",
        "SLAs", "backend", "frontend", "fullstack", "DevRel", "devtools", "toolchain", "toolchains",
        "microservices", "Kubernetes", "Salesforce", "HubSpot", "Pipedrive", "Zendesk", "Intercom", "Slack", "Zoom",
        "Gong", "Outreach", "Salesloft", "Apollo", "ZoomInfo", "Clearbit", "Lusha", "Calendly", "Notion",
        "Airtable", "Zapier", "Segment", "Mixpanel", "Amplitude", "Looker", "Tableau", "Snowflake", "Databricks",
        "Shopify", "Stripe", "Okta", "Jira", "Asana", "Trello", "Figma", "Canva", "Gmail", "Outlook", "Mailchimp",
        "Klaviyo", "Marketo", "Pardot", "Gainsight", "Loom", "Vidyard", "Lemlist", "Smartlead", "Mailshake",
        "NeverBounce", "ZeroBounce", "warmup", "deliverability", "inbox", "inboxes", "unsubscribes", "unsubscribed",
        "CTA", "CTAs", "copywriter", "copywriters", "copywriting", "follow-up", "follow-ups", "touchpoint",
        "touchpoints", "stakeholder", "stakeholders", "decision-maker", "decision-makers", "C-suite", "CEO", "CFO",
        "CTO", "COO", "CMO", "CRO", "CPO", "VP", "VPs", "SVP", "EVP", "headcount", "headcounts", "hypergrowth",
        "YoY", "QoQ", "MoM", "B2B", "B2C", "D2C", "DTC", "3PL", "3PLs", "LTL", "FTL", "TMS", "WMS", "OMS",
        "fulfilment", "fulfillment", "last-mile", "dispatcher", "dispatchers", "rerouting", "reroute", "geocoding",
        "ETA", "ETAs", "e-signature", "eSignature", "chatbot", "chatbots", "LLM", "LLMs", "GenAI", "AI-powered",
        "no-code", "low-code", "SMB", "SMBs", "SME", "SMEs", "MSP", "MSPs", "reseller", "resellers", "upskill",
        "upskilling", "reskilling", "reskill", "HRIS", "ATS", "payroll", "timesheet", "timesheets", "invoicing"
    ]

    /// The list as a hunspell dictionary file's text: one word a line.
    public static var dictionaryText: String { list.joined(separator: "\n") + "\n" }
}
