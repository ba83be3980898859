using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;

namespace Bkn.Cms.Hosting;

/// <summary>
/// For every MVC form post: reads the form once, after the action's size and form limits apply and before the
/// antiforgery check, and refuses a form that cannot be read (no multipart boundary, truncated multipart, too many
/// fields, an over-long key or value, a body over the limit) or that holds a NUL character, with 400/413 and a log
/// line. Without it the antiforgery check reads the broken form, and model binding hides the failure. A refused
/// antiforgery token is logged too.
/// </summary>
public sealed class MalformedFormFilter : IAsyncAuthorizationFilter, IOrderedFilter, IAlwaysRunResultFilter
{
    /// <summary>After RequestSizeLimit/RequestFormLimits (900), before the antiforgery check (1000).</summary>
    public int Order => 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || !http.Request.HasFormContentType
            || http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            return;
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (NotSupportedException ex)
        {
            // A charset the runtime does not offer (e.g. "charset=utf-7") in the Content-Type.
            Refuse(context, StatusCodes.Status415UnsupportedMediaType, $"{ex.GetType().Name}: {ex.Message}");
            return;
        }
        catch (Exception ex) when ((MalformedRequest.StatusOf(ex) is not null || ex is IOException) && !http.RequestAborted.IsCancellationRequested)
        {
            Refuse(context, MalformedRequest.StatusOf(ex) ?? StatusCodes.Status400BadRequest, $"{ex.GetType().Name}: {ex.Message}");
            return;
        }

        foreach (var (key, values) in form)
        {
            if (MalformedRequest.HasNul(key) || values.Any(MalformedRequest.HasNul))
            {
                Refuse(context, StatusCodes.Status400BadRequest, "NUL character in a form field");
                return;
            }
        }

        if (form.Files.Any(f => MalformedRequest.HasNul(f.Name) || MalformedRequest.HasNul(f.FileName)))
        {
            Refuse(context, StatusCodes.Status400BadRequest, "NUL character in a file name");
        }
    }

    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            MalformedRequest.Log(context.HttpContext, StatusCodes.Status400BadRequest, "missing or invalid antiforgery token");
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }

    private static void Refuse(AuthorizationFilterContext context, int status, string reason)
    {
        MalformedRequest.Log(context.HttpContext, status, reason);
        context.Result = context.HttpContext.Request.Path.StartsWithSegments(CmsPaths.Api, StringComparison.OrdinalIgnoreCase)
            ? new ObjectResult(MalformedRequest.Problem(context.HttpContext, status)) { StatusCode = status, ContentTypes = { "application/problem+json" } }
            : new StatusCodeResult(status);
    }
}
