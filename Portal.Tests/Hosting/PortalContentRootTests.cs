using Portal.Tests.Infrastructure;
using Portal.Web.Startup;

namespace Portal.Tests.Hosting;

/// <summary>Where the portal reads its settings from, depending on the folder it was started in.</summary>
[Trait("Category", "Unit")]
public sealed class PortalContentRootTests : IDisposable
{
    private readonly TestFolder _folder = new("content-root");
    private const string BaseDirectory = "/srv/portal/";

    [Theory]
    [InlineData("Portal.Web.dll")]    // the build or publish folder
    [InlineData("Portal.Web.csproj")] // the project folder, as `dotnet run` starts it
    public void Started_in_its_own_folder_it_keeps_that_folder(string marker)
    {
        File.WriteAllText(_folder.File(marker), "");
        Assert.Null(PortalContentRoot.For(_folder.Path, BaseDirectory));
    }

    [Fact]
    public void Started_anywhere_else_it_reads_from_beside_its_dll()
    {
        File.WriteAllText(_folder.File("appsettings.json"), "{}"); // another app's settings are not the portal's
        Assert.Equal(BaseDirectory, PortalContentRoot.For(_folder.Path, BaseDirectory));
    }

    public void Dispose() => _folder.Dispose();
}
