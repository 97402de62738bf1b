using Portal.Data.Dossiers;
using Portal.Data.Units;
using Portal.DevTools.Demo;
using Portal.Workflows.Dossiers;
using static Portal.Workflows.Dossiers.DossierTrigger;

namespace Portal.DevTools.National;

/// <summary>
/// What happens to each commune in each year of the national seed. Every choice is a hash of a fixed seed, the
/// commune's code, the year and what is chosen, never a running random sequence: a run limited to one province,
/// or resumed after an interruption, draws exactly what a full run draws. A commune keeps a character over the
/// years (how strong, how punctual), so streaks and on-time figures differ between communes as they would.
/// </summary>
internal static class NationalSeedPlan
{
    private const ulong Seed = 0x5EED_2024_0C0F_FEE5;

    /// <summary>Steps that may slip, as a commune or district falls behind; the rest follow the one before.</summary>
    private static readonly HashSet<DossierTrigger> CanSlip =
        [RecordCouncil, StartPosting, Submit, Resubmit, AcceptForAppraisal, ReturnForSupplement, SendToReviewCouncil, Recognize, RefuseRecognition];

    /// <summary>No dossier ends later than this many days after its usual schedule (decisions stay within the year).</summary>
    private const int MaxLagDays = 18;

    /// <summary>A: wards of the centrally-run cities; C: about a third of the rural communes (mountain, island); B: the rest.</summary>
    public static string Category(AdminUnit commune, AdminUnit province)
    {
        if (commune.Type == "Phường" && province.Type == "Thành phố") return "A";
        return commune.Type == "Xã" && Draw(commune.Code, 0, 1) < 0.35 ? "C" : "B";
    }

    /// <summary>Most communes strive every year; a weaker one sits out a year a little more often.</summary>
    public static bool Strives(AdminUnit commune, int year) => Draw(commune.Code, year, 2) < 0.90 + 0.09 * Strength(commune);

    /// <summary>Recognised most often, not recognised some (weaker communes more), withdrawn after posting a few.</summary>
    public static (DossierState Target, IReadOnlyList<DossierTrigger> Steps) Outcome(AdminUnit commune, int year)
    {
        var roll = Draw(commune.Code, year, 3);
        if (roll < 0.05) return (DossierState.Withdrawn, DemoPath.WithdrawnAfterPosting);
        var target = roll < 0.05 + 0.30 * (1 - Strength(commune)) ? DossierState.NotRecognized : DossierState.Recognized;
        return (target, DemoPath.To(target, returned: Draw(commune.Code, year, 4) < 0.2));
    }

    /// <summary>Between 1 and 25 October, in office hours (Vietnam time).</summary>
    public static DateTime RegisteredAt(AdminUnit commune, int year)
    {
        var day = 1 + (int)(Draw(commune.Code, year, 5) * 25);
        var minutes = (int)(Draw(commune.Code, year, 6) * 8 * 60);
        return new DateTime(year, 10, day, 1, 0, 0, DateTimeKind.Utc).AddMinutes(minutes);
    }

    /// <summary>
    /// The days each step of one dossier slipped: a punctual commune in a punctual province rarely slips, a slow one
    /// often, by 5–13 days that carry on to the later steps; a withdrawal comes 10–17 days after the posting.
    /// </summary>
    public static Func<int, DossierTrigger, int> Pace(AdminUnit commune, AdminUnit province, int year)
    {
        var lateness = 0.03 + 0.30 * Draw(commune.Code, 0, 7) * (0.4 + 1.2 * Draw(province.Code, 0, 8));
        var total = 0;
        return (step, trigger) =>
        {
            if (trigger == Withdraw) return 10 + (int)(Draw(commune.Code, year, 9) * 8);
            if (!CanSlip.Contains(trigger) || Draw(commune.Code, year, 100 + step) >= lateness) return 0;
            var days = Math.Min(5 + (int)(Draw(commune.Code, year, 200 + step) * 9), MaxLagDays - total);
            total += days;
            return days;
        };
    }

    /// <summary>How strong a commune is over the years, in [0, 1).</summary>
    private static double Strength(AdminUnit commune) => Draw(commune.Code, 0, 0);

    /// <summary>A number in [0, 1) fixed by the seed, the code, the year and what is drawn (FNV-1a, then SplitMix64's mixer).</summary>
    internal static double Draw(string code, int year, int what)
    {
        var h = 14695981039346656037UL ^ Seed;
        foreach (var c in code) h = (h ^ c) * 1099511628211UL;
        h = (h ^ (ulong)year) * 1099511628211UL;
        h = (h ^ (ulong)what) * 1099511628211UL;
        h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9UL;
        h = (h ^ (h >> 27)) * 0x94D049BB133111EBUL;
        h ^= h >> 31;
        return (h >> 11) * (1.0 / (1UL << 53));
    }
}
