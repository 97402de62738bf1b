namespace Portal.Web.Startup;

/// <summary>
/// Where the portal reads appsettings*.json from. ASP.NET Core takes the working directory, which is right for
/// `dotnet run` (the project folder) and for a start from the build or publish folder; started from anywhere else
/// (`dotnet /srv/portal/Portal.Web.dll`, a service manager), it would silently run without its settings.
/// </summary>
public static class PortalContentRoot
{
    private static readonly string App = typeof(PortalContentRoot).Assembly.GetName().Name!;

    /// <summary>Null (keep the default) when the working directory is the app's own folder; its base directory otherwise.</summary>
    public static string? For(string workingDirectory, string baseDirectory) =>
        File.Exists(Path.Combine(workingDirectory, App + ".dll")) || File.Exists(Path.Combine(workingDirectory, App + ".csproj"))
            ? null
            : baseDirectory;
}
