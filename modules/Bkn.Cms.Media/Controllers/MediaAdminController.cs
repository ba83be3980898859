using System.Security.Claims;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Media.Models;
using Bkn.Cms.Media.Services;
using Bkn.Cms.Media.ViewModels;
using Bkn.Cms.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Media.Controllers;

/// <summary>Admin "Media": folders, upload, alt text, where a file is used, delete.</summary>
[RequirePermission(Permissions.ManageMediaName)]
[Route("admin/media")]
public sealed class MediaAdminController(DbContext db, MediaLibrary library, IContentQuery content, IStringLocalizer t) : Controller
{
    private const int PageSize = 40;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? folder, string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        var items = db.Set<MediaItem>().AsNoTracking();
        if (!string.IsNullOrEmpty(folder))
        {
            items = items.Where(m => m.Folder == folder);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().ToLowerInvariant();
            items = items.Where(m => m.FileName.ToLower().Contains(term) || m.AltText.ToLower().Contains(term));
        }

        var total = await items.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var list = await items.OrderByDescending(m => m.UploadedUtc).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var folders = await db.Set<MediaItem>().Select(m => m.Folder).Distinct().OrderBy(f => f).ToListAsync(cancellationToken);
        return View(new MediaListViewModel(list, folders, folder, q, page, pageCount, library.MaxBytes / 1024 / 1024));
    }

    [HttpPost("unggah")]
    [RequestSizeLimit(64 * 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = 64 * 1024 * 1024)]
    public async Task<IActionResult> Upload(IFormFile? file, string? folder, string? altText, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            TempData["Error"] = t["Pilih berkas yang akan diunggah."].Value;
            return Redirect("/admin/media");
        }

        await using var stream = file.OpenReadStream();
        var (item, error) = await library.UploadAsync(stream, file.Length, file.FileName, folder, altText, User.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken);
        if (item is null)
        {
            TempData["Error"] = error;
            return Redirect("/admin/media" + (string.IsNullOrEmpty(folder) ? "" : "?folder=" + Uri.EscapeDataString(MediaLibrary.NormalizeFolder(folder))));
        }

        TempData["Success"] = t["{0} diunggah.", item.FileName].Value;
        return Redirect($"/admin/media/{item.Id}");
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Detail(Guid id, CancellationToken cancellationToken)
    {
        var item = await db.Set<MediaItem>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        return item is null ? NotFound() : View(new MediaDetailViewModel(item, await FindUsesAsync(item, 50, cancellationToken)));
    }

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Update(Guid id, string? altText, CancellationToken cancellationToken)
    {
        var item = await db.Set<MediaItem>().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        item.AltText = (altText ?? "").Trim();
        if (item.AltText.Length > 500)
        {
            TempData["Error"] = t["Teks alternatif paling panjang 500 karakter."].Value;
            return Redirect($"/admin/media/{id}");
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = t["Teks alternatif disimpan."].Value;
        return Redirect($"/admin/media/{id}");
    }

    /// <summary>
    /// Content that uses the file: a media field stores the path ("berita/foto-1a2b3c4d.png"), a body links the URL
    /// ("/media/berita/…") or one of its copies ("….card.webp"); the stem without extension finds all of them.
    /// </summary>
    private Task<IReadOnlyList<ContentItem>> FindUsesAsync(MediaItem item, int max, CancellationToken cancellationToken)
    {
        var dot = item.Path.LastIndexOf('.');
        var stem = dot > item.Path.LastIndexOf('/') ? item.Path[..dot] : item.Path;
        return content.FindReferencesAsync(stem + ".", max, cancellationToken);
    }

    [HttpPost("{id:guid}/hapus")]
    public async Task<IActionResult> Delete(Guid id, CancellationToken cancellationToken)
    {
        var item = await db.Set<MediaItem>().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        var usedBy = await FindUsesAsync(item, 5, cancellationToken);
        if (usedBy.Count > 0)
        {
            TempData["Error"] = t["Berkas masih dipakai oleh: {0}. Lepaskan dari konten tersebut terlebih dahulu.", string.Join(", ", usedBy.Select(c => c.DisplayText))].Value;
            return Redirect($"/admin/media/{id}");
        }

        await library.DeleteAsync(item, cancellationToken);
        TempData["Success"] = t["{0} dihapus.", item.FileName].Value;
        return Redirect("/admin/media");
    }
}
