using System.Net;
using System.Security.Cryptography;
using Bkn.Cms.Data;
using Microsoft.AspNetCore.Identity;

namespace Bkn.Cms.Users.SignIn;

/// <summary>
/// The one password check of the sign-in form and the token endpoint. Every failure costs one password hash, whatever
/// its cause (unknown name, deactivated or locked account, wrong password), so neither the answer nor its timing tells
/// which accounts exist. Failures count per account and client address (<see cref="SignInThrottle"/>), not per account,
/// so nobody can lock someone else out.
/// </summary>
public sealed class PasswordSignIn(UserManager<CmsUser> users, SignInManager<CmsUser> signIn, SignInThrottle throttle)
{
    // A hash of a random password, made once by the configured hasher: checked against when there is no account to check.
    private static string? s_decoyHash;

    public async Task<SignInAttempt> CheckAsync(string userName, string password, IPAddress? clientAddress)
    {
        var client = SignInThrottle.ClientKey(clientAddress);
        var user = await users.FindByNameAsync(userName.Trim());
        if (user is null || !user.IsActive)
        {
            Decoy(password);
            return new SignInAttempt(user, user is null ? SignInOutcome.UnknownUser : SignInOutcome.Inactive);
        }

        // A lockout set by the former per-account mechanism (LockoutEnd) is still honoured until it runs out.
        if (throttle.IsLockedOut(user.Id, client) || await users.IsLockedOutAsync(user))
        {
            Decoy(password);
            return new SignInAttempt(user, SignInOutcome.LockedOut);
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            throttle.Succeeded(user.Id, client);
            return new SignInAttempt(user, SignInOutcome.Succeeded);
        }

        throttle.Failed(user.Id, client);
        return new SignInAttempt(user, throttle.IsLockedOut(user.Id, client) ? SignInOutcome.LockedOut : SignInOutcome.WrongPassword);
    }

    private void Decoy(string password)
    {
        var decoyUser = new CmsUser();
        var hash = s_decoyHash ??= users.PasswordHasher.HashPassword(decoyUser, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
        users.PasswordHasher.VerifyHashedPassword(decoyUser, hash, password);
    }
}
