using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Hosting;

/// <summary>
/// A request that cannot be read (a broken or oversized form or multipart body, a NUL character, an unreadable JSON
/// body) is the client's fault: it is answered with a 4xx — RFC 7807 problem details on <c>/api</c>, the error page
/// with its explanation elsewhere — and one log line with the method, the path and the reason, never the values.
/// </summary>
public static partial class MalformedRequest
{
    /// <summary>The status for an exception that means the request could not be read, or null for any other.</summary>
    public static int? StatusOf(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode is >= 400 and < 500 ? bad.StatusCode : StatusCodes.Status400BadRequest,
        InvalidDataException or AntiforgeryValidationException => StatusCodes.Status400BadRequest,
        _ => null,
    };

    /// <summary>True when a text holds a NUL character, which no form or address legitimately carries (PostgreSQL cannot store it).</summary>
    public static bool HasNul(string? value) => value is not null && value.Contains('\0', StringComparison.Ordinal);

    /// <summary>Logs the refusal; on <c>/api</c> writes problem details, elsewhere leaves the body to the error page.</summary>
    public static Task RefuseAsync(HttpContext context, int status, string reason)
    {
        Log(context, status, reason);
        context.Response.StatusCode = status;
        if (!context.Request.Path.StartsWithSegments(CmsPaths.Api, StringComparison.OrdinalIgnoreCase))
        {
            return Task.CompletedTask;
        }

        var (title, detail) = Texts(context, status);
        return Results.Problem(detail: detail, title: title, statusCode: status).ExecuteAsync(context);
    }

    /// <summary>The problem details of a refused API request (for MVC results).</summary>
    public static ProblemDetails Problem(HttpContext context, int status)
    {
        var (title, detail) = Texts(context, status);
        return new ProblemDetails { Status = status, Title = title, Detail = detail };
    }

    public static void Log(HttpContext context, int status, string reason) =>
        LogRefused(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MalformedRequest).FullName!), status, context.Request.Method, Printable(context.Request.Path.Value), Printable(reason));

    /// <summary>The sender chose the path: no control characters (forged log lines) and no endless text in the log.</summary>
    private static string Printable(string? text)
    {
        const int MaxLength = 200;
        var value = text ?? "";
        var printable = string.Create(Math.Min(value.Length, MaxLength), value, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });
        return value.Length > MaxLength ? printable + "…" : printable;
    }

    private static (string Title, string Detail) Texts(HttpContext context, int status)
    {
        var t = context.RequestServices.GetRequiredService<IStringLocalizer>();
        return status switch
        {
            StatusCodes.Status413PayloadTooLarge => (t["Permintaan terlalu besar."], t["Data atau berkas yang dikirim melebihi batas ukuran."]),
            StatusCodes.Status415UnsupportedMediaType => (t["Jenis isi permintaan tidak didukung."], t["Kirim data dengan jenis isi yang diharapkan (mis. application/json)."]),
            _ => (t["Permintaan tidak dapat dibaca."], t["Data yang dikirim rusak, tidak lengkap, terlalu banyak, atau memuat karakter yang tidak diizinkan."]),
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a malformed request ({Status}) {Method} {Path}: {Reason}")]
    private static partial void LogRefused(ILogger logger, int status, string method, string path, string reason);
}
