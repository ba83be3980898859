using Microsoft.AspNetCore.Http;

namespace Bkn.Cms.Hosting;

/// <summary>
/// Security headers on every answer (pages, API, files, error pages): a Content-Security-Policy that allows scripts,
/// styles, images, fonts and connections only from the site itself and no inline script (views load their behaviour
/// from static .js files), no framing, no MIME sniffing, and only the origin as referrer to other sites.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>
    /// Inline style stays allowed: it cannot run code, and sanitised content bodies and the report charts carry style
    /// attributes. <c>data:</c> images are inline icons. Everything else is the site's own origin or nothing.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    public Task InvokeAsync(HttpContext context)
    {
        // Set when the answer starts: the exception handler clears headers set earlier.
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpResponse)state).Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = ReferrerPolicy;
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }
}
