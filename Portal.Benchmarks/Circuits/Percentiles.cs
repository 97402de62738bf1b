namespace Portal.Benchmarks.Circuits;

/// <summary>The median, 95th and 99th percentiles of some timings in milliseconds (nearest rank), and how many there were.</summary>
public sealed record Percentiles(double P50, double P95, double P99, int Count)
{
    public static Percentiles Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        double At(double q) => sorted.Length == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new Percentiles(At(0.5), At(0.95), At(0.99), sorted.Length);
    }
}
