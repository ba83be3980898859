using Microsoft.AspNetCore.Mvc;

namespace Bkn.Themes.Public.Controllers;

/// <summary>Friendly error pages in the public layout (the status code is kept).</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("/galat/{code:int?}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Index(int? code)
    {
        var status = code ?? 500;
        if (status is < 400 or > 599)
        {
            status = 500;
        }

        Response.StatusCode = status;
        return View(status);
    }
}
