using System.Buffers.Binary;
using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Portal.DevTools.Benchmarks;

/// <summary>
/// What bounds logins per second on this machine: Identity's password check (the CPU part of every sign-in), one
/// thread, against the raw PBKDF2 rate with the same parameters read from the hash (its algorithm, iterations, salt).
/// </summary>
public static class LoginFigure
{
    public const string Name = "logins";

    public static BenchmarkFigure Measure(int count)
    {
        var hasher = new PasswordHasher<IdentityUser>();
        var user = new IdentityUser("bench");
        const string password = "Bench-password-2026!";
        var hash = hasher.HashPassword(user, password);
        var checks = Rate(count, () => hasher.VerifyHashedPassword(user, hash, password));

        // Identity's v3 format: 0x01, PRF, iterations, salt length (big-endian), salt, subkey.
        var bytes = Convert.FromBase64String(hash);
        var prf = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1)) switch
        {
            0 => HashAlgorithmName.SHA1, 1 => HashAlgorithmName.SHA256, _ => HashAlgorithmName.SHA512,
        };
        var iterations = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5));
        var salt = bytes.AsSpan(13, (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(9))).ToArray();
        var raw = Rate(count, () => Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, prf, 32));
        return new BenchmarkFigure(Name, DevToolsText.Get("Bench.LoginsTitle"), checks, "/s", raw,
            DevToolsText.Get("Bench.LoginsBaseline", prf.Name, iterations), "—", true);
    }

    private static double Rate(int count, Action run)
    {
        run();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++) run();
        return count / watch.Elapsed.TotalSeconds;
    }
}
