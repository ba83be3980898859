using Bkn.Cms.Data;

namespace Bkn.Cms.Users.SignIn;

/// <summary>The result of checking a user name and password: the account when it is known, and the outcome.</summary>
public sealed record SignInAttempt(CmsUser? User, SignInOutcome Outcome)
{
    public bool Succeeded => Outcome == SignInOutcome.Succeeded;
}
