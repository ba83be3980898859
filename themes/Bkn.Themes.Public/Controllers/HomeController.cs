using Bkn.Cms.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Bkn.Themes.Public.Controllers;

/// <summary>The public home page.</summary>
public sealed class HomeController : Controller
{
    [HttpGet("/")]
    [OutputCache(PolicyName = PublicOutputCache.PolicyName)]
    public IActionResult Index() => View();
}
