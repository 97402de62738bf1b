using System.Resources;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Rounds.Registering;

/// <summary>What bulk registration says: RegistrationTexts.resx (Vietnamese) and RegistrationTexts.en.resx.</summary>
public static class RegistrationText
{
    private static readonly ResourceText Texts = new(new ResourceManager("Portal.Workflows.Rounds.Registering.RegistrationTexts", typeof(RegistrationText).Assembly));

    public static string Get(string key, params object?[] args) => Texts.Get(key, args);
}
