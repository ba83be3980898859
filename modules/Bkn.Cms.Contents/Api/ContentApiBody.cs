using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Contents.Api;

/// <summary>
/// Reads the JSON body of a content API write, strictly and in one place: at most <c>Content:MaxDocumentKilobytes</c>
/// (default 1024), valid UTF-8, complete, at most <see cref="MaxDepth"/> levels deep, no property twice, and the common
/// properties with their types. Anything else is answered with a 400 problem saying what is wrong and where (the JSON
/// path, never the values), and logged without the body.
/// </summary>
public sealed partial class ContentApiBody(IConfiguration configuration, ILogger<ContentApiBody> logger)
{
    public const int MaxDepth = 32;
    public const int DefaultMaxDocumentKilobytes = 1024;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = MaxDepth, AllowDuplicateProperties = false };

    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.General) { MaxDepth = MaxDepth, AllowDuplicateProperties = false };

    /// <summary>Largest body accepted, in bytes.</summary>
    public int MaxBytes => Math.Max(1, configuration.GetValue("Content:MaxDocumentKilobytes", DefaultMaxDocumentKilobytes)) * 1024;

    /// <summary>The request, or the problem to answer with (exactly one of the two is set).</summary>
    public async Task<(ContentApiRequest? Request, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            LogRefused(logger, "not JSON", null);
            return (null, Results.Problem(title: "Kirim data konten sebagai JSON (Content-Type: application/json).", statusCode: StatusCodes.Status415UnsupportedMediaType));
        }

        if (request.ContentLength > MaxBytes || await ReadCappedAsync(request, cancellationToken) is not { } bytes)
        {
            LogRefused(logger, "too large", null);
            return (null, Results.Problem(title: $"Dokumen konten terlalu besar; batasnya {MaxBytes / 1024} KB.", statusCode: StatusCodes.Status400BadRequest));
        }

        try
        {
            using var document = JsonDocument.Parse(bytes, DocumentOptions);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                LogRefused(logger, "not an object", "$");
                return (null, Unreadable("$", "Data konten harus berupa objek JSON."));
            }

            return (document.RootElement.Deserialize<ContentApiRequest>(SerializerOptions), null);
        }
        catch (JsonException ex)
        {
            // The message of a JsonException can quote the input: only the position is logged and returned.
            var path = ex.Path is { Length: > 0 } p ? p : "$";
            LogRefused(logger, ex.LineNumber is { } line ? $"unreadable at line {line + 1}" : "unreadable", path);
            return (null, Unreadable(path, "JSON tidak dapat dibaca: nilai berjenis salah (mis. angka atau objek di tempat teks atau tanggal), kunci ganda, terlalu bertingkat, terpotong, atau bukan UTF-8."));
        }
    }

    private async Task<byte[]?> ReadCappedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static IResult Unreadable(string path, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [path] = [message] }, title: "Data konten tidak sah.");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content API refused a request body: {Reason} (at {JsonPath})")]
    private static partial void LogRefused(ILogger logger, string reason, string? jsonPath);
}
