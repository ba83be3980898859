using Bkn.Cms.Hosting;
using Bkn.Cms.Navigation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Bkn.Themes.Public.Controllers;

/// <summary>The public home page: the site's hero and tiles around the home blocks of enabled modules.</summary>
public sealed class HomeController(PublicNavigation navigation) : Controller
{
    [HttpGet("/")]
    [OutputCache(PolicyName = PublicOutputCache.PolicyName)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await navigation.GetHomeBlocksAsync(cancellationToken));
}
