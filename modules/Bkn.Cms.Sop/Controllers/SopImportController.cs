using Bkn.Cms.Sop.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bkn.Cms.Sop.Controllers;

/// <summary>
/// Excel import of an existing register. A clean file is saved at once; a file with errors shows every row's errors and
/// saves nothing until the user confirms that only the valid rows go in (the file travels back with the confirmation).
/// </summary>
[Route("admin/sop/impor")]
public sealed class SopImportController(SopQueries queries, SopRegisterImport import) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        (await queries.ScopeAsync(User, ct)).IsEmpty ? Forbid() : View(new SopImportViewModel(null, null, null));

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(SopRegisterImport.MaxBytes * 2)]
    public async Task<IActionResult> Upload(IFormFile? berkas, string? data, string? konfirmasi, CancellationToken ct)
    {
        if ((await queries.ScopeAsync(User, ct)).IsEmpty)
        {
            return Forbid();
        }

        byte[] bytes;
        if (berkas is { Length: > 0 })
        {
            if (berkas.Length > SopRegisterImport.MaxBytes)
            {
                return View("Index", new SopImportViewModel(null, null, $"Berkas lebih dari {SopRegisterImport.MaxBytes / 1024 / 1024} MB."));
            }

            using var stream = new MemoryStream();
            await berkas.CopyToAsync(stream, ct);
            bytes = stream.ToArray();
        }
        else if (!string.IsNullOrEmpty(data))
        {
            try
            {
                bytes = Convert.FromBase64String(data);
            }
            catch (FormatException)
            {
                return View("Index", new SopImportViewModel(null, null, "Data impor rusak; unggah ulang berkasnya."));
            }
        }
        else
        {
            return View("Index", new SopImportViewModel(null, null, "Pilih berkas Excel (.xlsx) register SOP."));
        }

        var (check, documents) = await import.CheckAsync(User, bytes, ct);
        if (check.FileError is not null)
        {
            return View("Index", new SopImportViewModel(check, null, check.FileError));
        }

        if (check.Invalid > 0 && konfirmasi != "1")
        {
            return View("Index", new SopImportViewModel(check, Convert.ToBase64String(bytes), null));
        }

        var saved = documents.Count == 0 ? 0 : await import.SaveAsync(User, documents, ct);
        return View("Index", new SopImportViewModel(check, null, null) { Saved = saved });
    }
}

public sealed record SopImportViewModel(ImportCheck? Check, string? Data, string? Error)
{
    public int? Saved { get; init; }
}
