namespace Portal.Workflows.Notifications;

/// <summary>
/// The SMTP server notifications go through (<c>Portal:Smtp:*</c>); no host means no e-mail at all.
/// <see cref="BaseUrl"/> (<c>Portal:BaseUrl</c>) makes the dossier links in the messages absolute.
/// </summary>
public sealed record SmtpSettings(string? Host, int Port = 25, string? UserName = null, string? Password = null,
    string From = "portal@localhost", string Security = "Auto", string BaseUrl = "http://localhost")
{
    public static readonly SmtpSettings None = new((string?)null);

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
