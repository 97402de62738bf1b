using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using Portal.Workflows.Dossiers;

namespace Portal.Tests.Texts;

/// <summary>
/// Every resource file of every assembly (Web, Workflows, DevTools) has each key in Vietnamese and in English, with the
/// same placeholders, so no reader ever sees a key or a "{1}"; and every state, step and condition of the workflow has
/// its label. Reads the resources directly: a third language is checked by adding its culture here.
/// </summary>
[Trait("Category", "Unit")]
public sealed partial class ResourceKeysTests
{
    private static readonly Assembly[] Assemblies =
        [typeof(Portal.Web.Cli.PortalCli).Assembly, typeof(DossierLabels).Assembly, typeof(Portal.DevTools.DevToolsSetup).Assembly];

    public static TheoryData<string> ResourceFiles()
    {
        var data = new TheoryData<string>();
        foreach (var a in Assemblies)
            foreach (var name in a.GetManifestResourceNames().Where(n => n.EndsWith(".resources", StringComparison.Ordinal)))
                data.Add($"{a.GetName().Name}|{name[..^".resources".Length]}");
        return data;
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void Every_key_exists_in_both_languages_with_the_same_placeholders(string file)
    {
        var (assemblyName, baseName) = (file.Split('|')[0], file.Split('|')[1]);
        var resources = new ResourceManager(baseName, Assemblies.Single(a => a.GetName().Name == assemblyName));
        var vi = Texts(resources, CultureInfo.InvariantCulture);
        var en = Texts(resources, CultureInfo.GetCultureInfo("en"));

        Assert.NotEmpty(vi);
        Assert.Equal(vi.Keys.Order(), en.Keys.Order());
        foreach (var key in vi.Keys)
            Assert.True(Placeholders(vi[key]).SetEquals(Placeholders(en[key])), $"{baseName} {key}: \"{vi[key]}\" / \"{en[key]}\"");
    }

    [Fact]
    public void There_are_resource_files_in_every_assembly() =>
        Assert.All(Assemblies, a => Assert.Contains(ResourceFiles().Cast<object[]>(), row => ((string)row[0]).StartsWith(a.GetName().Name + "|", StringComparison.Ordinal)));

    [Fact]
    public void Every_state_step_condition_and_chain_of_the_workflow_has_its_label() => Assert.Empty(DossierLabels.MissingKeys());

    private static Dictionary<string, string> Texts(ResourceManager resources, CultureInfo culture) =>
        resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)?.Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!) ?? [];

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
