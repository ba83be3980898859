using Bkn.Cms.Data;
using Bkn.Cms.Validation;
using Microsoft.AspNetCore.Identity;

namespace Bkn.Cms.Users.Validation;

/// <summary>
/// Refuses to save an account whose e-mail address breaks <see cref="EmailAddressRules"/>, whoever saves it (the user
/// admin, the users recipe step, any module), so no account carries an address the mailer would refuse.
/// </summary>
public sealed class EmailAddressUserValidator : IUserValidator<CmsUser>
{
    public const string ErrorCode = "InvalidEmail";

    public Task<IdentityResult> ValidateAsync(UserManager<CmsUser> manager, CmsUser user) =>
        Task.FromResult(user.Email is null || EmailAddressRules.IsValid(user.Email)
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = ErrorCode, Description = "Alamat surel tidak sah." }));
}
