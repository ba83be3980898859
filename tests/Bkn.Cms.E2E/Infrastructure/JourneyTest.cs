using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bkn.Cms.E2E.Infrastructure;

/// <summary>Base of a journey: a fresh browser context and page per test, sign-in and screenshots.</summary>
[Collection(SiteCollection.Name)]
public abstract class JourneyTest(SiteFixture site) : IAsyncLifetime
{
    private IBrowserContext? _context;
    private IPage? _page;

    protected SiteFixture Site => site;

    protected IPage Page => _page ?? throw new InvalidOperationException("The page is opened in InitializeAsync.");

    /// <summary>The admin side menu ("Menu admin").</summary>
    protected ILocator AdminMenu => Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu admin" });

    public async Task InitializeAsync()
    {
        _context = await site.NewContextAsync();
        _page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }
    }

    /// <summary>Fills and submits the sign-in form the page is showing.</summary>
    protected async Task SubmitLoginAsync(string userName, string password)
    {
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Masuk ke admin" })).ToBeVisibleAsync();
        await Page.GetByLabel("Nama pengguna").FillAsync(userName);
        await Page.GetByLabel("Kata sandi").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Masuk", Exact = true }).ClickAsync();
    }

    /// <summary>Saves a full-page screenshot as artifacts/screenshots/{test}-{step}.png under the test output folder.</summary>
    protected async Task ScreenshotAsync(string step, [CallerMemberName] string test = "")
    {
        var path = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots", $"{test}-{step}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
    }
}
