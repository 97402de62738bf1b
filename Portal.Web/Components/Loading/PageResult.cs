namespace Portal.Web.Components.Loading;

/// <summary>What a page load gave: its data, or that the user may not see it (refused and not found look alike).</summary>
public sealed record PageResult<T>(T? Data, bool Refused)
{
    public static PageResult<T> Of(T data) => new(data, false);
    public static readonly PageResult<T> Refusal = new(default, true);
}
