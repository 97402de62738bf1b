namespace Portal.Workflows.Outcomes;

/// <summary>What became of a request to a service. A page shows it; only <see cref="OutcomeKind.Ok"/> changed anything.</summary>
public enum OutcomeKind
{
    Ok,
    /// <summary>Outside the reader's unit or role; the service has logged it already.</summary>
    Refused,
    /// <summary>No such thing. Pages show it exactly like a refusal, so that an id's existence cannot be probed.</summary>
    NotFound,
    /// <summary>The request breaks a rule of the data; <see cref="Outcome.Errors"/> says which, in the reader's words.</summary>
    Invalid,
    /// <summary>Someone changed the thing since the reader saw it; reloading shows their change.</summary>
    Conflict,
    /// <summary>The storage failed (database locked, disk full, read-only); nothing was saved, trying again later works.</summary>
    Unavailable,
}

/// <summary>
/// The one answer of every service method that may refuse, fail to find, refuse the data or lose a race: pages map
/// the kind to what they show, instead of catching exceptions or reading flags. Nothing is saved unless it succeeded.
/// </summary>
public record Outcome(OutcomeKind Kind, IReadOnlyList<string> Errors)
{
    public static readonly Outcome Done = new(OutcomeKind.Ok, []);

    public bool Succeeded => Kind == OutcomeKind.Ok;
    public bool IsRefused => Kind == OutcomeKind.Refused;
    public bool IsNotFound => Kind == OutcomeKind.NotFound;
    public bool IsInvalid => Kind == OutcomeKind.Invalid;
    public bool IsConflict => Kind == OutcomeKind.Conflict;

    /// <summary>Refused or not found: what the reader may not know more about.</summary>
    public bool IsHidden => Kind is OutcomeKind.Refused or OutcomeKind.NotFound;

    /// <summary>A success carrying <paramref name="value"/> (for reads that cannot be refused, handed to the page loader).</summary>
    public static Outcome<T> Of<T>(T value) => Outcome<T>.Ok(value);

    public static Outcome Refused(string message) => new(OutcomeKind.Refused, [message]);
    public static Outcome NotFound(string message) => new(OutcomeKind.NotFound, [message]);
    public static Outcome Invalid(params IReadOnlyList<string> errors) => new(OutcomeKind.Invalid, errors);
    public static Outcome Conflict(string message) => new(OutcomeKind.Conflict, [message]);
    public static Outcome Unavailable(string message) => new(OutcomeKind.Unavailable, [message]);

    /// <summary>The same failure carrying another type of value (a failed outcome has none).</summary>
    public Outcome<T> As<T>() => Succeeded
        ? throw new InvalidOperationException("A successful outcome has a value of its own.")
        : new Outcome<T>(Kind, Errors, default);
}

/// <summary>An outcome with the value a success gives (the data read, the new version, the id created).</summary>
public sealed record Outcome<T>(OutcomeKind Kind, IReadOnlyList<string> Errors, T? Value) : Outcome(Kind, Errors)
{
    public static Outcome<T> Ok(T value) => new(OutcomeKind.Ok, [], value);

    public static implicit operator Outcome<T>(T value) => Ok(value);
}
