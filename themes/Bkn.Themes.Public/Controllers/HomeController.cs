using Microsoft.AspNetCore.Mvc;

namespace Bkn.Themes.Public.Controllers;

/// <summary>The public home page.</summary>
public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => View();
}
