using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Portal.Workflows.Rewards;
using Portal.Workflows;

namespace Portal.DevTools.National;

/// <summary>
/// seed-national [--rounds N] [--province CODE] [--force]: national-scale load and benchmark data (see
/// <see cref="NationalSeed"/>), after the migrations, units and standard sets of a normal start but without demo data.
/// Refuses a database with real data unless --force; a second run adds only the rounds that are missing.
/// </summary>
public static class SeedNationalVerb
{
    public const int DefaultRounds = 10;
    public const int MaxRounds = 30;

    private sealed record Options(int Rounds, string? Province, bool Force);

    public static async Task<int> RunAsync(string[] args, Func<IServiceProvider> services, TextWriter stdout, TextWriter stderr)
    {
        if (Read(args) is not { } options) { stderr.WriteLine(DevToolsText.Both("Cli.SeedUsage", MaxRounds)); return 2; }
        var watch = Stopwatch.StartNew();
        var provider = services();
        var (units, sets) = await WorkflowsSetup.PrepareDatabaseAsync(provider);
        stdout.WriteLine(DevToolsText.Get("Cli.SeedPrepared", units, sets));

        var seed = provider.GetRequiredService<NationalSeed>();
        if (!options.Force && await seed.HasRealDataAsync()) { stderr.WriteLine(DevToolsText.Both("Cli.SeedRefused")); return 1; }
        var provinces = await seed.ProvincesAsync(options.Province);
        if (provinces.Count == 0) { stderr.WriteLine(DevToolsText.Both("Cli.SeedNoProvince", options.Province)); return 2; }
        var years = seed.Years(options.Rounds);
        stdout.WriteLine(DevToolsText.Get("Cli.SeedStart", provinces.Count, years[0], years[^1], NationalSeed.StandardCode));

        var total = NationalSeedResult.None;
        for (var i = 0; i < provinces.Count; i++)
        {
            var added = await seed.SeedProvinceAsync(provinces[i], years);
            total = total.Add(added);
            stdout.WriteLine(DevToolsText.Get("Cli.SeedProvince", i + 1, provinces.Count, provinces[i].Name, added.Dossiers,
                added.Rounds, added.RoundsPresent, Elapsed(watch)));
        }
        var proposals = await provider.GetRequiredService<RewardService>().RecomputeAsync();
        stdout.WriteLine(DevToolsText.Get("Cli.SeedRewards", proposals, Elapsed(watch)));
        stdout.WriteLine(DevToolsText.Get("Cli.SeedDone", total.Rounds, total.Registrations, total.Dossiers, total.Criteria,
            total.Events, total.RoundsPresent, Elapsed(watch)));
        return 0;
    }

    /// <summary>--rounds N (1–30, default 10), --province CODE, --force; --Key=Value are settings; anything else is a usage error.</summary>
    private static Options? Read(string[] args)
    {
        var options = new Options(DefaultRounds, null, false);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--rounds" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxRounds:
                    options = options with { Rounds = n };
                    i++;
                    break;
                case "--province" when value is { Length: > 0 } && !value.StartsWith('-'):
                    options = options with { Province = value };
                    i++;
                    break;
                case "--force":
                    options = options with { Force = true };
                    break;
                case var setting when setting.StartsWith("--", StringComparison.Ordinal) && setting.Contains('='):
                    break;
                default:
                    return null;
            }
        }
        return options;
    }

    private static string Elapsed(Stopwatch watch) => watch.Elapsed.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture);
}
