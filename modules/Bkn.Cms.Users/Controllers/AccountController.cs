using Microsoft.AspNetCore.Http;
using Bkn.Cms.Audit;
using Bkn.Cms.Data;
using Bkn.Cms.Hosting;
using Bkn.Cms.Security;
using Bkn.Cms.Users.SignIn;
using Bkn.Cms.Users.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Users.Controllers;

/// <summary>Sign-in, sign-out and password change for admin users.</summary>
public sealed partial class AccountController(SignInManager<CmsUser> signIn, UserManager<CmsUser> users, PasswordSignIn passwordSignIn, IAuditTrail audit, IUserEvents userEvents, IStringLocalizer t, ILogger<AccountController> logger) : Controller
{
    [HttpGet(CmsPaths.Login)]
    [AllowAnonymous]
    public IActionResult Login(string? returnUrl) => View(new LoginViewModel { ReturnUrl = returnUrl });

    [HttpPost(CmsPaths.Login)]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitPolicies.Authentication)]
    public async Task<IActionResult> Login(LoginViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var attempt = await passwordSignIn.CheckAsync(model.UserName, model.Password, HttpContext.Connection.RemoteIpAddress);
        var user = attempt.User;
        if (attempt.Succeeded && user is not null)
        {
            await signIn.SignInAsync(user, isPersistent: false);
            await audit.RecordAsync(new AuditEvent(AuditCategories.Security, "login.succeeded", "Berhasil masuk") { UserId = user.Id, UserName = user.UserName, UnitId = user.UnitId });
            LogSignedIn(logger, user.Id);
            await userEvents.LoggedInAsync(user, HttpContext.RequestAborted);
            return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl : CmsPaths.Admin);
        }

        // One answer for every failure: a locked or deactivated account must not be told from an unknown name.
        // The typed name of an unknown account is not recorded: it may be a mistyped password or someone's personal data.
        await audit.RecordAsync(attempt.FailureEvent("Gagal masuk"));
        if (user is not null)
        {
            LogFailed(logger, user.Id, attempt.Outcome);
        }

        ModelState.AddModelError("", t["Nama pengguna atau kata sandi salah."]);
        return View(model);
    }

    [HttpPost(CmsPaths.Logout)]
    [AllowAnonymous]
    public async Task<IActionResult> Logout()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await audit.RecordAsync(new AuditEvent(AuditCategories.Security, "logout", "Keluar"));
        }

        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }

    [HttpGet(CmsPaths.AccessDenied)]
    [AllowAnonymous]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    [HttpGet("/admin/akun/sandi")]
    [Authorize]
    public IActionResult ChangePassword() => View(new ChangePasswordViewModel());

    [HttpPost("/admin/akun/sandi")]
    [Authorize]
    public async Task<IActionResult> ChangePassword(ChangePasswordViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, model.CurrentPassword, model.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? nameof(model.CurrentPassword) : nameof(model.NewPassword), error.Description);
            }

            return View(model);
        }

        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(new AuditEvent(AuditCategories.Security, "password.changed", "Kata sandi diubah"));
        TempData["Success"] = t["Kata sandi berhasil diubah."].Value;
        return RedirectToAction(nameof(ChangePassword));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} signed in")]
    private static partial void LogSignedIn(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed sign-in for user {UserId} ({Outcome})")]
    private static partial void LogFailed(ILogger logger, string userId, SignInOutcome outcome);
}
