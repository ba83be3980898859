using Bkn.Cms.Audit;
using Bkn.Cms.Data;

namespace Bkn.Cms.Users.SignIn;

/// <summary>The result of checking a user name and password: the account when it is known, and the outcome.</summary>
public sealed record SignInAttempt(CmsUser? User, SignInOutcome Outcome)
{
    public bool Succeeded => Outcome == SignInOutcome.Succeeded;

    /// <summary>The audit event of a failed attempt (form or token): the real reason is for the audit trail only.</summary>
    public AuditEvent FailureEvent(string action) =>
        new(AuditCategories.Security, Outcome == SignInOutcome.LockedOut ? "login.lockedout" : "login.failed", Outcome switch
        {
            SignInOutcome.UnknownUser => $"{action}: nama pengguna tidak dikenal",
            SignInOutcome.Inactive => $"{action}: akun nonaktif",
            SignInOutcome.LockedOut => $"{action}: akun terkunci untuk alamat ini",
            _ => $"{action}: kata sandi salah",
        })
        {
            UserId = User?.Id,
            UserName = User?.UserName,
            UnitId = User?.UnitId,
        };
}
