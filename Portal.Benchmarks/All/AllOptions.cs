using System.Globalization;

namespace Portal.Benchmarks.All;

/// <summary>
/// What <c>all</c> or a list of figure names asks for: the figures (those of the portal's <c>bench</c> verb, taken on the
/// national data set, and those taken in a browser on the demo), the national data folder, repeats and the table's file.
/// Free of the rest of the tool so that the tests compile it as it is.
/// </summary>
public sealed record AllOptions(IReadOnlySet<string> Figures, string DataDir, int Repeat, int Transitions, string Out)
{
    /// <summary>The figures of Portal.Web's <c>bench</c> verb (Portal.DevTools/Benchmarks/BenchVerb.Figures), in its order.</summary>
    public static readonly string[] DataFigures = ["dashboard-province", "dashboard-country", "recognition", "opening", "transitions", "logins"];

    /// <summary>The figures the circuits phases of the same names take in a browser.</summary>
    public static readonly string[] BrowserFigures = ["heap", "render"];

    public static IEnumerable<string> AllFigures => DataFigures.Concat(BrowserFigures);

    public static string DefaultDataDir => Path.Combine(Path.GetTempPath(), "portal-national");

    public const string Usage =
        "[all | dashboard-province | dashboard-country | recognition | opening | transitions | logins | heap | render]… " +
        "[--data DIR] [--repeat N] [--transitions N] [--out FILE]";

    /// <summary>The data figures asked for, in the bench verb's order (empty: the child process is not started).</summary>
    public IEnumerable<string> Data => DataFigures.Where(Figures.Contains);

    public IEnumerable<string> Browser => BrowserFigures.Where(Figures.Contains);

    /// <summary>The options of the arguments, or null for a name or option it does not know (a usage error).</summary>
    public static AllOptions? Read(IReadOnlyList<string> args)
    {
        var figures = new HashSet<string>(StringComparer.Ordinal);
        var options = new AllOptions(figures, DefaultDataDir, 20, 1000, Path.Combine("benchmarks", "latest.csv"));
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            int Number() => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 100_000 ? n : -1;
            switch (args[i])
            {
                case "all": figures.UnionWith(AllFigures); break;
                case var name when AllFigures.Contains(name): figures.Add(name); break;
                case "--data" when value is { Length: > 0 }: options = options with { DataDir = Path.GetFullPath(value) }; i++; break;
                case "--repeat" when Number() > 0: options = options with { Repeat = Number() }; i++; break;
                case "--transitions" when Number() > 0: options = options with { Transitions = Number() }; i++; break;
                case "--out" when value is { Length: > 0 }: options = options with { Out = value }; i++; break;
                default: return null;
            }
        }
        return figures.Count == 0 ? null : options;
    }

    /// <summary>Reads the arguments and runs them, or prints the usage and gives exit code 2.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, Func<AllOptions, Task<int>> run)
    {
        if (Read(args) is { } options) return await run(options);
        stdout.WriteLine("dotnet run -c Release --project Portal.Benchmarks -- " + Usage);
        return 2;
    }
}
