namespace Portal.Web.Cli;

/// <summary>
/// `dotnet run --project Portal.Web` runs the app from the project folder, not from where the person typed
/// the command. A relative file path is therefore also tried against the shell's directory, which the shell
/// exports as PWD and the child process inherits unchanged.
/// </summary>
public static class UserPaths
{
    public static string Resolve(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path)) return Path.GetFullPath(path);
        var shellDir = Environment.GetEnvironmentVariable("PWD");
        if (shellDir is { Length: > 0 } && File.Exists(Path.Combine(shellDir, path))) return Path.Combine(shellDir, path);
        return Path.GetFullPath(path);
    }

    /// <summary>A file to be written: a relative path is taken from the shell's directory, where the person typed it.</summary>
    public static string ResolveOutput(string path) =>
        Path.IsPathRooted(path) || Environment.GetEnvironmentVariable("PWD") is not { Length: > 0 } shellDir
            ? Path.GetFullPath(path)
            : Path.GetFullPath(Path.Combine(shellDir, path));

    /// <summary>The same arguments with the value after each of <paramref name="fileOptions"/> resolved.</summary>
    public static string[] ResolveOptions(string[] args, params string[] fileOptions) =>
        args.Select((a, i) => i > 0 && fileOptions.Contains(args[i - 1]) ? Resolve(a) : a).ToArray();
}
