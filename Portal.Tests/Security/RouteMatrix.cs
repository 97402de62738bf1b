using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Security;

/// <summary>One GET route with ids, filled in with a resource of a known unit, and the same with ids that do not exist.</summary>
public sealed record MatrixRoute(string Template, string Url, string? MissingUrl, MatrixOwner Owner);

/// <summary>Whose the resource is: a commune of Tuy Hoà (every other unit is outside), the province (Phú Yên), or nobody's.</summary>
public enum MatrixOwner { Commune, Province, National }

/// <summary>
/// The routes of the route matrix, read from the portal's own route table (<see cref="EndpointDataSource"/>: pages,
/// downloads and endpoints alike) — not from a list kept by hand. An id is a route parameter, or a query value a page
/// (<c>[SupplyParameterFromQuery]</c>) or an endpoint's handler declares. Each kind of id is given a resource of the
/// demo; a route with an id of a kind not known here is returned with a null URL, and the matrix fails on it.
/// </summary>
public static partial class RouteMatrix
{
    public sealed record Targets(int Dossier, int File, int Unit, int Evidence, int Round, string Standard);

    public const string Unknown = "";

    /// <summary>
    /// Resources of communes of Tuy Hoà other than Xã Bình Kiến (whose officer is the outsider of the same district):
    /// a decided dossier (its printable decision exists), a file, a unit, an activity's evidence; Phú Yên's last round.
    /// </summary>
    public static async Task<Targets> TargetsAsync(PortalHostFixture host)
    {
        await using var db = host.CreateDb();
        var district = await db.Units.Where(u => u.StructureCode == "2024" && u.Code == "555").Select(u => u.Path).SingleAsync();
        var communes = db.Units.Where(u => u.Path.StartsWith(district) && u.Path != district && u.Code != "22045").Select(u => u.Id);
        var dossier = await db.Dossiers.Where(d => communes.Contains(d.UnitId) && d.DecisionNumber != null).OrderByDescending(d => d.Id).Select(d => d.Id).FirstAsync();
        var file = await db.DossierFiles.Where(f => db.Dossiers.Any(d => d.Id == f.DossierId && communes.Contains(d.UnitId))).Select(f => f.Id).FirstAsync();
        var evidence = await db.CommunicationActivities.Where(a => communes.Contains(a.UnitId) && a.EvidenceStoredName != null).Select(a => a.Id).FirstAsync();
        var round = await db.Rounds.OrderByDescending(r => r.Id).Select(r => r.Id).FirstAsync();
        return new(dossier, file, await host.UnitIdAsync("2024", "22015"), evidence, round, "DEMO-06");
    }

    public static IReadOnlyList<MatrixRoute> Routes(IServiceProvider services, Targets t)
    {
        var routes = new List<MatrixRoute>();
        foreach (var e in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var methods = e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            if (methods is not null && !methods.Contains("GET")) continue;
            var template = e.RoutePattern.RawText ?? "";
            if (template.StartsWith("/_", StringComparison.Ordinal) || template.StartsWith("_", StringComparison.Ordinal)
                || e.RoutePattern.Parameters.Any(p => p.IsCatchAll)) continue; // the framework's own files and circuits
            var query = QueryIds(e).ToList();
            if (e.RoutePattern.Parameters.Count == 0 && query.Count == 0) continue;
            routes.Add(Fill(template, e.RoutePattern.Parameters.Select(p => p.Name).ToList(), query, t));
        }
        return routes.DistinctBy(r => r.Url).OrderBy(r => r.Template, StringComparer.Ordinal).ToList();
    }

    /// <summary>The int query values a page or a handler declares (unit, round…): ids by another name.</summary>
    private static IEnumerable<string> QueryIds(RouteEndpoint e)
    {
        if (e.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type is { } page)
            foreach (var p in page.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
                if (p.GetCustomAttribute<SupplyParameterFromQueryAttribute>() is { } q && IsInt(p.PropertyType))
                    yield return q.Name ?? p.Name;
        if (e.Metadata.GetMetadata<MethodInfo>() is { } handler)
            foreach (var p in handler.GetParameters().Where(p => IsInt(p.ParameterType) && e.RoutePattern.GetParameter(p.Name!) is null))
                yield return p.Name!;
    }

    private static bool IsInt(Type type) => (Nullable.GetUnderlyingType(type) ?? type) == typeof(int);

    private static MatrixRoute Fill(string template, List<string> routeParameters, List<string> queryIds, Targets t)
    {
        var first = template.Trim('/').Split('/')[0];
        var (url, missing, owner, known) = (template, template, MatrixOwner.National, true);
        foreach (var name in routeParameters)
        {
            var (value, kind) = (first, name.ToLowerInvariant()) switch
            {
                ("dossiers", "id") => (t.Dossier.ToString(), MatrixOwner.Commune),
                ("files", "id") => (t.File.ToString(), MatrixOwner.Commune),
                ("units", "id") => (t.Unit.ToString(), MatrixOwner.Commune),
                ("activities", "id") => (t.Evidence.ToString(), MatrixOwner.Commune),
                ("rounds", "id") => (t.Round.ToString(), MatrixOwner.Province),
                ("standards", "code") => (t.Standard, MatrixOwner.National),
                ("reports", "kind") => ("communes", MatrixOwner.National),
                _ => (Unknown, MatrixOwner.National),
            };
            known &= value != Unknown;
            var placeholder = System.Text.RegularExpressions.Regex.Match(template, "\\{" + name + "[^}]*\\}").Value;
            url = url.Replace(placeholder, value);
            missing = missing.Replace(placeholder, int.TryParse(value, out _) ? "99999999" : value);
            owner = Narrower(owner, kind);
        }
        var queryPairs = new List<(string Name, string Value, string Missing)>();
        foreach (var name in queryIds.Distinct())
        {
            var (value, kind) = name switch
            {
                "unit" => (t.Unit.ToString(), MatrixOwner.Commune),
                "round" => (t.Round.ToString(), MatrixOwner.Province),
                "year" => ("2026", MatrixOwner.National), // a number, not an id
                _ => (Unknown, MatrixOwner.National),
            };
            known &= value != Unknown;
            queryPairs.Add((name, value, name == "year" ? value : "99999999"));
            owner = Narrower(owner, kind);
        }
        if (!known) return new(template, "", null, owner);
        if (queryPairs.Count > 0)
        {
            url += "?" + string.Join('&', queryPairs.Select(q => $"{q.Name}={q.Value}"));
            missing += "?" + string.Join('&', queryPairs.Select(q => $"{q.Name}={q.Missing}"));
        }
        return new(template, url, missing == url ? null : missing, owner);
    }

    private static MatrixOwner Narrower(MatrixOwner a, MatrixOwner b) => (MatrixOwner)Math.Min((int)a, (int)b);
}
