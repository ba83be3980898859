using Bkn.Cms.Media.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Bkn.Cms.Media.Controllers;

/// <summary>
/// Serves library files at /media/{path}, and the resized copies of images beside them ("….card.webp"). Stored names
/// are unique, so responses are cached for a year.
/// </summary>
public sealed class MediaController(DbContext db, IMediaStore store) : Controller
{
    [HttpGet("/media/{**path}")]
    public async Task<IActionResult> Get(string path, CancellationToken cancellationToken)
    {
        var item = await db.Set<MediaItem>().AsNoTracking().FirstOrDefaultAsync(m => m.Path == path, cancellationToken);
        var contentType = item?.ContentType;
        var fileName = item?.FileName;
        var tag = "";
        if (item is null && MediaVariants.TryParse(path, out var stem, out var variant, out var format))
        {
            // The original beside the copy: the same stem with one of the image extensions.
            string[] originals = [stem + ".jpg", stem + ".png", stem + ".gif", stem + ".webp"];
            item = await db.Set<MediaItem>().AsNoTracking().FirstOrDefaultAsync(m => m.HasVariants && originals.Contains(m.Path), cancellationToken);
            contentType = MediaVariants.ContentType(format);
            tag = $"-{variant}-{format}".ToLowerInvariant();
            fileName = item is null ? null : System.IO.Path.GetFileNameWithoutExtension(item.FileName) + "." + variant.ToString().ToLowerInvariant() + "." + MediaVariants.Extension(format);
        }

        var stream = item is null ? null : await store.OpenReadAsync(path, cancellationToken);
        if (item is null || stream is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileNameStar = fileName }.ToString();
        return File(stream, contentType!, lastModified: new DateTimeOffset(item.UploadedUtc, TimeSpan.Zero), entityTag: new EntityTagHeaderValue($"\"{item.Id:N}{tag}\""), enableRangeProcessing: true);
    }
}
