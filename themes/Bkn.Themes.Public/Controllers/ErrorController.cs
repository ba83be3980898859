using Microsoft.AspNetCore.Mvc;

namespace Bkn.Themes.Public.Controllers;

/// <summary>Friendly error pages in the public layout (the status code is kept).</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("/galat/{code:int?}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Index()
    {
        // No action parameters: model binding would read the form of a re-executed post, and when that form is what
        // could not be read, the failed binding turned the 400 into a 500. The code comes from the route alone.
        var status = int.TryParse(RouteData.Values["code"] as string, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : 500;
        if (status is < 400 or > 599)
        {
            status = 500;
        }

        Response.StatusCode = status;
        return View(status);
    }
}
