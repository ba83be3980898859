using Bkn.Cms.Media.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Bkn.Cms.Media.Controllers;

/// <summary>Serves library files at /media/{path}. Stored names are unique, so responses are cached for a year.</summary>
public sealed class MediaController(DbContext db, IMediaStore store) : Controller
{
    [HttpGet("/media/{**path}")]
    public async Task<IActionResult> Get(string path, CancellationToken cancellationToken)
    {
        var item = await db.Set<MediaItem>().AsNoTracking().FirstOrDefaultAsync(m => m.Path == path, cancellationToken);
        var stream = item is null ? null : await store.OpenReadAsync(item.Path, cancellationToken);
        if (item is null || stream is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileNameStar = item.FileName }.ToString();
        return File(stream, item.ContentType, lastModified: new DateTimeOffset(item.UploadedUtc, TimeSpan.Zero), entityTag: new EntityTagHeaderValue($"\"{item.Id:N}\""), enableRangeProcessing: true);
    }
}
