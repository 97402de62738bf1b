using Microsoft.Extensions.DependencyInjection;
using Portal.Data;

namespace Portal.Tests.Infrastructure;

/// <summary>Tests leave no data folder behind: a test database's file and uploads go with it.</summary>
[Trait("Category", "Integration")]
public sealed class TestFolderTests
{
    [Fact]
    public async Task A_database_on_file_takes_its_file_and_uploads_with_it()
    {
        string folder;
        await using (var db = await TestDatabase.CreateOnFileAsync())
        {
            var paths = db.Services.GetRequiredService<PortalDataPaths>();
            Directory.CreateDirectory(paths.Uploads);
            await File.WriteAllTextAsync(Path.Combine(paths.Uploads, "evidence.pdf"), "%PDF-1.4");
            folder = Path.GetDirectoryName(paths.DataDir)!;
            Assert.True(File.Exists(Path.Combine(folder, "portal.db")));
        }
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void A_folder_copies_a_tree_and_goes_on_dispose()
    {
        using var source = new TestFolder("source");
        Directory.CreateDirectory(source.File("uploads"));
        File.WriteAllText(Path.Combine(source.File("uploads"), "a.pdf"), "a");
        string copied;
        using (var copy = new TestFolder("copy"))
        {
            copy.CopyFrom(source.Path);
            copied = copy.Path;
            Assert.Equal("a", File.ReadAllText(Path.Combine(copy.File("uploads"), "a.pdf")));
        }
        Assert.False(Directory.Exists(copied));
    }
}
