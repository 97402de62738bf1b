using Microsoft.AspNetCore.Identity;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Accounts;

/// <summary>Identity's error messages in the user's language (Vietnamese by default) instead of English.</summary>
public sealed class LocalizedIdentityErrors : IdentityErrorDescriber
{
    private static IdentityError E(string code, params object?[] args) =>
        new() { Code = code, Description = WorkflowText.Get("Identity." + code, args) };

    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), userName);
    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), userName);
    public override IdentityError DuplicateEmail(string email) => E(nameof(DuplicateEmail), email);
    public override IdentityError InvalidEmail(string? email) => E(nameof(InvalidEmail), email);
    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), length);
    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit));
    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower));
    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper));
    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric));
    public override IdentityError DefaultError() => E(nameof(DefaultError));
}
