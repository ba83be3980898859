namespace Bkn.Cms.Users.SignIn;

/// <summary>
/// Why a sign-in failed, for the audit trail only: the caller sees one answer for all of them, so a locked or
/// deactivated account cannot be told from an unknown name or a wrong password.
/// </summary>
public enum SignInOutcome
{
    Succeeded,
    UnknownUser,
    Inactive,
    LockedOut,
    WrongPassword,
}
