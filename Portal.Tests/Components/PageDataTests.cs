using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Accounts;
using Portal.Web.Components.Loading;
using Portal.Workflows.Outcomes;

namespace Portal.Tests.Components;

/// <summary>
/// The page loader: data read while prerendering reaches the interactive render through the server, with only a short
/// token in the browser; a refusal is read (and so logged) once; another user's token gives nothing.
/// </summary>
[Trait("Category", "Component")]
public sealed class PageDataTests
{
    public sealed record Big(string Text);

    private static readonly PrerenderHandoff Handoff = new();
    private const string StateName = "page-data:Big:k1";

    private sealed class Host : PortalComponentTest
    {
        public int Reads;
        public Host(bool interactive, string userName)
        {
            Services.AddSingleton(Handoff);
            var auth = AddAuthorization();
            auth.SetAuthorized(userName);
            auth.SetRoles(PortalRoles.Administrator);
            auth.SetClaims(new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, "id-" + userName));
            SetRendererInfo(new RendererInfo(interactive ? "Server" : "Static", interactive));
        }
        public Bunit.TestDoubles.BunitPersistentComponentState State => PersistentState;

        public IRenderedComponent<PageData<Big>> Show(Func<Big> read) => Render<PageData<Big>>(p => p
            .Add(x => x.Key, "k1")
            .Add(x => x.Load, _ => { Reads++; return Task.FromResult(Outcome.Of(read())); })
            .Add(x => x.ChildContent, (RenderFragment<Big>)(b => builder => builder.AddContent(0, b.Text))));
    }

    private static string Prerender(string userName, Func<Big> read, out int reads)
    {
        using var pre = new Host(false, userName);
        var cut = pre.Show(read);
        Assert.Contains("x", cut.Markup);
        pre.State.TriggerOnPersisting();
        Assert.True(pre.State.TryTake<string>(StateName, out var token));
        reads = pre.Reads;
        return token!;
    }

    [Fact]
    public void A_large_read_crosses_to_the_interactive_render_as_a_short_token_and_is_not_read_again()
    {
        var token = Prerender("a", () => new Big(new string('x', 100_000)), out var before);

        using var live = new Host(true, "a");
        live.State.Persist(StateName, token);
        var cut = live.Show(() => new Big("read again"));

        Assert.True(token.Length < 64);
        Assert.Equal(1, before);
        Assert.Equal(0, live.Reads);
        Assert.Contains(new string('x', 1000), cut.Markup);
    }

    [Fact]
    public void Another_users_token_gives_nothing_and_the_page_reads_its_own()
    {
        var token = Prerender("a", () => new Big("x secret of a"), out _);

        using var live = new Host(true, "b");
        live.State.Persist(StateName, token);
        var cut = live.Show(() => new Big("own data of b"));

        Assert.Equal(1, live.Reads);
        Assert.Contains("own data of b", cut.Markup);
        Assert.DoesNotContain("secret", cut.Markup);
    }


    [Fact]
    public void A_full_handoff_holds_no_more_than_its_capacity_and_what_it_refused_is_read_again()
    {
        // Pages whose circuit never comes (a crawler, a flood of GETs) must not keep their data alive without bound.
        using var handoff = new PrerenderHandoff(capacity: 3);
        var tokens = Enumerable.Range(0, 10).Select(i => handoff.Give("u", new Big("page " + i))).ToList();

        Assert.InRange(handoff.Count, 0, 3);
        var taken = tokens.Select(t => handoff.Take<Big>(t, "u")).Where(b => b is not null).ToList();
        Assert.InRange(taken.Count, 0, 3);

        // A token the handoff refused is an ordinary miss: the interactive page reads its data itself.
        using var live = new Host(true, "a");
        live.State.Persist(StateName, tokens[^1]);
        var cut = live.Show(() => new Big("read again"));
        Assert.Equal(1, live.Reads);
        Assert.Contains("read again", cut.Markup);
    }
    [Fact]
    public void A_refusal_while_prerendering_is_shown_interactively_without_asking_again()
    {
        var token = Prerender("a", () => new Big("x"), out _);
        using var pre = new Host(false, "a");
        var refused = pre.Render<PageData<Big>>(p => p.Add(x => x.Key, "k1")
            .Add(x => x.Load, _ => { pre.Reads++; return Task.FromResult(Outcome.Refused("unit 7").As<Big>()); })
            .Add(x => x.ChildContent, (RenderFragment<Big>)(b => builder => builder.AddContent(0, b.Text))));
        pre.State.TriggerOnPersisting();
        Assert.True(pre.State.TryTake<string>(StateName, out var refusalToken));

        using var live = new Host(true, "a");
        live.State.Persist(StateName, refusalToken!);
        var cut = live.Show(() => new Big("should not be read"));

        Assert.NotNull(refused.Find("#access-refused"));
        Assert.NotNull(cut.Find("#access-refused"));
        Assert.Equal(0, live.Reads);
        Assert.NotEqual(token, refusalToken);
    }

    [Fact]
    public async Task Not_found_shows_the_refusal_page_and_a_reload_reads_again()
    {
        using var live = new Host(true, "a");
        var outcomes = new Queue<Outcome<Big>>([Outcome.NotFound("không có").As<Big>(), Outcome.Of(new Big("đã có"))]);
        var cut = live.Render<PageData<Big>>(p => p.Add(x => x.Key, "k2")
            .Add(x => x.Load, _ => { live.Reads++; return Task.FromResult(outcomes.Dequeue()); })
            .Add(x => x.ChildContent, (RenderFragment<Big>)(b => builder => builder.AddContent(0, b.Text))));

        Assert.NotNull(cut.Find("#access-refused"));
        Assert.DoesNotContain("không có", cut.Markup);
        await cut.InvokeAsync(cut.Instance.ReloadAsync);
        Assert.Contains("đã có", cut.Markup);
        Assert.Equal(2, live.Reads);
    }
}
