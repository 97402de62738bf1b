namespace Portal.Web.Standards;

/// <summary>
/// The number fields of the editor whose text is not a number yet. The set keeps their last value meanwhile, so it
/// cannot be saved until each is corrected: a typed value is never dropped silently.
/// </summary>
public sealed class TypingErrors(Action changed)
{
    private readonly HashSet<object> _fields = [];

    public bool Any => _fields.Count > 0;

    public void Set(object field, bool hasError)
    {
        if (hasError ? _fields.Add(field) : _fields.Remove(field)) changed();
    }

    /// <summary>A field that leaves the page (its criterion removed) no longer holds anything back.</summary>
    public void Forget(object field) => _fields.Remove(field);
}
