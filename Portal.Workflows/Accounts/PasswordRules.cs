using Microsoft.AspNetCore.Identity;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Accounts;

/// <summary>
/// The password rules in words, taken from the options Identity enforces, so the forms can never promise other
/// rules than the ones that refuse a password. Each rule is the sentence of its refusal (WorkflowTexts "Identity.*").
/// </summary>
public static class PasswordRules
{
    public static IReadOnlyList<string> Describe(PasswordOptions o)
    {
        var rules = new List<string> { WorkflowText.Get("Identity.PasswordTooShort", o.RequiredLength) };
        if (o.RequireUppercase) rules.Add(WorkflowText.Get("Identity.PasswordRequiresUpper"));
        if (o.RequireLowercase) rules.Add(WorkflowText.Get("Identity.PasswordRequiresLower"));
        if (o.RequireDigit) rules.Add(WorkflowText.Get("Identity.PasswordRequiresDigit"));
        if (o.RequireNonAlphanumeric) rules.Add(WorkflowText.Get("Identity.PasswordRequiresNonAlphanumeric"));
        if (o.RequiredUniqueChars > 1) rules.Add(WorkflowText.Get("Identity.PasswordRequiresUniqueChars", o.RequiredUniqueChars));
        return rules;
    }
}
