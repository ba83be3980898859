using Microsoft.AspNetCore.Http;

namespace Bkn.Cms.WebService.Api;

/// <summary>The web service's RFC 7807 answers: a fixed Indonesian title per status and a short detail that reveals nothing.</summary>
public static class WsProblems
{
    public const string NotFoundDetail = "Data PNS dengan NIP tersebut tidak ditemukan pada instansi Anda.";

    public const string UsulanNotFoundDetail = "Usulan dengan nomor tersebut tidak ditemukan pada instansi Anda.";

    public static IResult BadRequest(string detail) => Problem(StatusCodes.Status400BadRequest, "Permintaan tidak sah", detail);

    public static IResult Unauthorized(HttpContext context, string detail)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        return Problem(StatusCodes.Status401Unauthorized, "Tidak terautentikasi", detail);
    }

    public static IResult Forbidden(string detail) => Problem(StatusCodes.Status403Forbidden, "Akses ditolak", detail);

    public static IResult NotFound(string detail) => Problem(StatusCodes.Status404NotFound, "Tidak ditemukan", detail);

    public static IResult TooManyRequests(HttpContext context)
    {
        context.Response.Headers.RetryAfter = "60";
        return Problem(StatusCodes.Status429TooManyRequests, "Terlalu banyak permintaan", "Batas laju klien ini terlampaui. Coba lagi setelah satu menit.");
    }

    public static IResult Problem(int status, string title, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: title, type: $"https://www.rfc-editor.org/rfc/rfc9110#status.{status}");
}
