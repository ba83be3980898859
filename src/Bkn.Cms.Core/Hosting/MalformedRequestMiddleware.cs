using Microsoft.AspNetCore.Http;

namespace Bkn.Cms.Hosting;

/// <summary>
/// Refuses addresses with a NUL character and turns "the request could not be read" exceptions from anywhere below
/// (form and body reading, body size limits, minimal-API parameter binding) into a 4xx via <see cref="MalformedRequest"/>.
/// </summary>
public sealed class MalformedRequestMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (MalformedRequest.HasNul(context.Request.Path.Value) || context.Request.QueryString.Value?.Contains("%00", StringComparison.Ordinal) == true)
        {
            await MalformedRequest.RefuseAsync(context, StatusCodes.Status400BadRequest, "NUL character in the address");
            return;
        }

        try
        {
            await next(context);
        }
        catch (Exception ex) when (MalformedRequest.StatusOf(ex) is { } status && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            context.Response.Clear();
            await MalformedRequest.RefuseAsync(context, status, $"{ex.GetType().Name}: {ex.Message}");
        }
    }
}
