/// The operations of puffle-api.md, one protocol so the app cannot tell the real server from
/// the offline demo: the AI chat sessions, and the campaign they belong to.
public protocol PuffleService: Sendable {
    func listSessions(campaignID: String) async throws(APIError) -> [Session]
    func createSession(campaignID: String, nodeID: String) async throws(APIError) -> Session
    func session(id: String) async throws(APIError) -> Session
    /// Writes exactly the keys present in `body`.
    func patchSession(id: String, body: JSONObject) async throws(APIError) -> Session
    func deleteSession(id: String) async throws(APIError)
    func startTurn(sessionID: String, request: TurnRequest) async throws(APIError) -> RunHandle
    func generateExamples(sessionID: String, request: GenerateExamplesRequest) async throws(APIError) -> RunHandle

    /// The caller's campaigns, in the server's order: where a start without an id begins.
    func campaigns() async throws(APIError) -> [CampaignSummary]
    /// The campaign, its sender and signature, and its sequence.
    func campaign(id: String) async throws(APIError) -> Campaign
    /// One page of the campaign's roster, counted from 1.
    func roster(campaignID: String, page: Int, limit: Int) async throws(APIError) -> RosterPage
    /// Writes exactly the keys present in `body` (`subject`, `body`) to a node of a draft campaign.
    func updateNode(campaignID: String, nodeID: String, body: JSONObject) async throws(APIError) -> SequenceNode
}

/// What `/turn` and `/generate-examples` return at once; the work itself shows up in the
/// session's `task_status` and fields.
public struct RunHandle: Sendable, Equatable {
    /// The task's run, for the log: the session's `task_status` says when it ends.
    public let runID: String
    /// A token for the task's live feed; not used, as polling is what the API promises.
    public let publicAccessToken: String?

    /// A handle from the server's answer.
    public init(runID: String, publicAccessToken: String?) {
        self.runID = runID
        self.publicAccessToken = publicAccessToken
    }
}
