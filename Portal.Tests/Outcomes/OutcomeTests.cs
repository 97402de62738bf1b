using Portal.Workflows.Access;
using Portal.Workflows.Outcomes;

namespace Portal.Tests.Outcomes;

/// <summary>The one result type: what each kind means to a page, and how a failure travels between value types.</summary>
[Trait("Category", "Unit")]
public sealed class OutcomeTests
{
    [Fact]
    public void A_failure_keeps_its_kind_and_errors_when_it_answers_for_another_value()
    {
        var refused = Outcome.Refused("ngoài phạm vi").As<int>();
        var missing = Outcome.NotFound("không có").As<string>();
        var conflict = Outcome.Conflict("người khác vừa sửa").As<int>();
        var invalid = Outcome.Invalid("a", "b").As<int>();

        Assert.Equal((OutcomeKind.Refused, true, false), (refused.Kind, refused.IsHidden, refused.Succeeded));
        Assert.Equal((OutcomeKind.NotFound, true), (missing.Kind, missing.IsHidden));
        Assert.Equal((OutcomeKind.Conflict, false), (conflict.Kind, conflict.IsHidden));
        Assert.Equal(["a", "b"], invalid.Errors);
        Assert.Equal(["người khác vừa sửa"], conflict.Errors);
        Assert.Equal(0, refused.Value);
        Assert.Null(missing.Value);
    }

    [Fact]
    public void A_success_carries_its_value_and_no_errors_and_cannot_pose_as_another()
    {
        Outcome<int> version = 7;
        Assert.True(version.Succeeded);
        Assert.Equal(7, version.Value);
        Assert.Empty(version.Errors);
        Assert.Equal(["x"], Outcome.Of<IReadOnlyList<string>>(["x"]).Value);
        Assert.Throws<InvalidOperationException>(() => version.As<string>());
    }

    [Fact]
    public async Task A_refusal_thrown_inside_a_composed_read_becomes_a_refused_outcome()
    {
        var refused = await Refusals.CatchAsync<int>(() => throw new AccessRefusedException("unit:7"));
        var read = await Refusals.CatchAsync(() => Task.FromResult(42));

        Assert.True(refused.IsRefused);
        Assert.Single(refused.Errors);
        Assert.Equal(42, read.Value);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Refusals.CatchAsync<int>(() => throw new InvalidOperationException()));
    }
}
