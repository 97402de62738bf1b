namespace Portal.Workflows.Access;

/// <summary>Thrown after a refusal has been logged; pages turn it into the refusal page.</summary>
public sealed class AccessRefusedException(string resource) : Exception($"Access to {resource} was refused.")
{
    public string Resource { get; } = resource;
}
