using Bkn.Cms.Navigation;
using Microsoft.AspNetCore.Mvc;

namespace Bkn.Themes.Admin.ViewComponents;

/// <summary>Renders the admin menu of the current user.</summary>
public sealed class AdminMenuViewComponent(IAdminMenu menu) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await menu.GetVisibleItemsAsync(UserClaimsPrincipal, HttpContext.RequestAborted));
}
