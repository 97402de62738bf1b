using System.Reflection;
using Bunit;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// Every test class says which layer it tests, so that `dotnet test --filter Category!=Browser` (and the other filters
/// of the README) select what they promise: Unit, Component (bUnit), Integration (a real database or web host) or
/// Browser (Playwright).
/// </summary>
[Trait("Category", "Unit")]
public sealed class TestCategoryTests
{
    private static readonly string[] Categories = ["Unit", "Component", "Integration", "Browser"];

    private static IEnumerable<Type> TestClasses() => typeof(TestCategoryTests).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetMethods().Any(m => m.GetCustomAttributes<FactAttribute>().Any()));

    private static string? CategoryOf(Type type) =>
        type.GetCustomAttributesData().Where(a => a.AttributeType == typeof(TraitAttribute))
            .Select(a => a.ConstructorArguments.Select(c => (string?)c.Value).ToArray())
            .SingleOrDefault(a => a[0] == "Category")?[1];

    private static bool Takes<T>(Type type) => type.GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(T)));

    [Fact]
    public void Every_test_class_has_one_category()
    {
        var classes = TestClasses().ToList();
        Assert.True(classes.Count > 50, $"only {classes.Count} test classes found");
        Assert.All(classes, t => Assert.True(Categories.Contains(CategoryOf(t)), $"{t.Name}: Category {CategoryOf(t) ?? "missing"}"));
    }

    [Fact]
    public void The_category_matches_what_the_class_uses()
    {
        foreach (var t in TestClasses())
        {
            var expected = Takes<BrowserFixture>(t) ? "Browser"
                : typeof(BunitContext).IsAssignableFrom(t) ? "Component"
                : Takes<PortalHostFixture>(t) ? "Integration"
                : null;
            if (expected is not null) Assert.True(expected == CategoryOf(t), $"{t.Name} is {CategoryOf(t)}, not {expected}");
        }
    }
}
