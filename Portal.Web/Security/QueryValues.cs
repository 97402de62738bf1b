using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Components;

namespace Portal.Web.Security;

/// <summary>
/// Whether a page's <c>[SupplyParameterFromQuery]</c> values can be read. Blazor throws when it cannot convert one
/// (<c>?year=99999999999</c>, <c>?round=abc</c>), which is an HTTP 500; this applies Blazor's own conversions
/// (invariant culture, the same number styles) first, so that such a request can be answered with a 400.
/// </summary>
public static class QueryValues
{
    private static readonly ConcurrentDictionary<Type, (string Name, Type Type)[]> Parameters = new();

    /// <summary>The name of the first query parameter of <paramref name="page"/> whose value cannot be read, or null.</summary>
    public static string? FirstUnreadable(Type page, IQueryCollection query)
    {
        foreach (var (name, type) in Parameters.GetOrAdd(page, Declared))
            if (query.TryGetValue(name, out var values) && values.Any(v => !Readable(type, v ?? "")))
                return name;
        return null;
    }

    private static (string, Type)[] Declared(Type page) =>
        [.. page.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
            .Where(x => x.Attribute is not null)
            .Select(x => (x.Attribute!.Name ?? x.Property.Name, x.Property.PropertyType))];

    public static bool Readable(Type type, string value)
    {
        if (type.IsArray) type = type.GetElementType()!;
        var inner = Nullable.GetUnderlyingType(type);
        if (inner is not null && value.Length == 0) return true;
        var t = inner ?? type;
        var c = CultureInfo.InvariantCulture;
        if (t == typeof(int)) return int.TryParse(value, NumberStyles.Integer, c, out _);
        if (t == typeof(long)) return long.TryParse(value, NumberStyles.Integer, c, out _);
        if (t == typeof(bool)) return bool.TryParse(value, out _);
        if (t == typeof(Guid)) return Guid.TryParse(value, out _);
        if (t == typeof(decimal)) return decimal.TryParse(value, NumberStyles.Number, c, out _);
        if (t == typeof(double)) return double.TryParse(value, NumberStyles.Number, c, out _);
        if (t == typeof(float)) return float.TryParse(value, NumberStyles.Number, c, out _);
        if (t == typeof(DateTime)) return DateTime.TryParse(value, c, DateTimeStyles.None, out _);
        if (t == typeof(DateOnly)) return DateOnly.TryParse(value, c, DateTimeStyles.None, out _);
        if (t == typeof(TimeOnly)) return TimeOnly.TryParse(value, c, DateTimeStyles.None, out _);
        return true; // strings, and anything Blazor does not convert
    }
}
