using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Bkn.Themes.Public.Controllers;

/// <summary>The language switch: remembers the choice in a cookie and returns to the page.</summary>
public sealed class LanguageController : Controller
{
    private static readonly HashSet<string> Supported = new(StringComparer.OrdinalIgnoreCase) { "id", "en" };

    [HttpGet("/bahasa/{culture}")]
    public IActionResult Set(string culture, string? returnUrl)
    {
        if (!Supported.Contains(culture))
        {
            return NotFound();
        }

        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Secure = Request.IsHttps });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
