using Microsoft.AspNetCore.Http;

namespace Bkn.Cms.Helpdesk.ViewModels;

/// <summary>What the public form posts; every category form posts a subset of these fields.</summary>
public sealed class HelpdeskFormInput
{
    public string? Nik { get; set; }

    public string? Nama { get; set; }

    public string? TempatLahir { get; set; }

    public string? TanggalLahir { get; set; }

    public string? NomorKk { get; set; }

    public IFormFile? ScanKtp { get; set; }

    public IFormFile? ScanKk { get; set; }

    public string? PertanyaanPengaman { get; set; }

    public string? JawabanPengaman { get; set; }

    public string? JenisPermasalahan { get; set; }

    public string? Instansi { get; set; }

    public string? Pertanyaan { get; set; }

    public string? Email { get; set; }

    public string? SubmissionKey { get; set; }

    public string? CaptchaToken { get; set; }

    public string? CaptchaAnswer { get; set; }
}
