using Portal.Data.Dossiers;
using static Portal.Data.Dossiers.DossierState;

namespace Portal.DevTools.Demo;

/// <summary>
/// One commune of the demo history. <see cref="History"/> has one letter per year from <see cref="DemoPlan.FirstYear"/>:
/// R recognised, r recognised after one return for supplement, N not recognised, W withdrawn, - no dossier (the round
/// covered the commune, so the year breaks a streak). <see cref="In2026"/> is the state of its dossier in the open 2026
/// round (null: not registered).
/// </summary>
internal sealed record DemoCommune(string Code, string Category, string History, DossierState? In2026);

/// <summary>
/// The demo history of Tỉnh Phú Yên (structure 2024): closed rounds 2019–2025 and the open 2026 round. Chosen so the
/// rewards page has something to show: Phường 1 recognised 2021–2025 (5 years), Xã Bình Kiến 2023–2025 (3), Phường 9
/// broken by a refusal, Phường 4 broken by a year without a dossier, Phường Phú Lâm whose 5-year run ended in 2025.
/// In 2026 every state of the workflow occurs, while Phường 1 and Xã Bình Kiến are Registered with no data, so that
/// browser tests can walk them from the start.
/// </summary>
internal static class DemoPlan
{
    public const string Structure = "2024";
    public const string ProvinceCode = "54";
    public const string StandardCode = "DEMO-06";
    public const int FirstYear = 2019;
    public const int LastClosedYear = 2025;
    public const int OpenYear = 2026;

    public static readonly IReadOnlyList<DemoCommune> Communes =
    [
        // Thành phố Tuy Hoà (555)
        new("22015", "B", "RNRRRRR", Registered),
        new("22018", "B", "RRrRRRR", UnderAppraisal),
        new("22024", "B", "--RRRNR", NotRecognized),
        new("22030", "B", "RRR-RRR", AtReviewCouncil),
        new("22033", "B", "---RRRr", Recognized),
        new("22036", "B", "--NNRRR", ReturnedForSupplement),
        new("22040", "B", "--RR-RR", Submitted),
        new("22041", "B", "---RRWR", Posted),
        new("22042", "B", "----NRR", CouncilHeld),
        new("22045", "B", "RR-NRRR", Registered),
        new("22162", "B", "-----NR", SelfAssessing),
        new("22240", "B", "-RRRRR-", Withdrawn),
        // Thị xã Sông Cầu (557)
        new("22051", "B", "RRRRRRR", Recognized),
        new("22052", "B", "--NRRRR", UnderAppraisal),
        new("22053", "B", "----RRR", SelfAssessing),
        new("22054", "B", "---RNRR", Registered),
        // Huyện Đồng Xuân (558), mountain communes
        new("22081", "C", "-RRRRRR", Submitted),
        new("22084", "C", "----NNR", Registered),
        new("22087", "C", "------N", null),
    ];

    /// <summary>The state a history letter stands for, and whether the dossier went through one return.</summary>
    public static (DossierState? State, bool Returned) Outcome(char letter) => letter switch
    {
        'R' => (Recognized, false),
        'r' => (Recognized, true),
        'N' => (NotRecognized, false),
        'W' => (Withdrawn, false),
        _ => (null, false),
    };
}
