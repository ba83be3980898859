using System.Globalization;
using Bkn.Cms.Helpdesk.Models;
using Bkn.Cms.Helpdesk.ViewModels;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>Validates the text fields of a category form; messages are Indonesian and keyed by the input's property name.</summary>
public static class HelpdeskFormValidator
{
    public static Dictionary<string, string> Validate(HelpdeskFormKind kind, HelpdeskFormInput input, DateOnly today, out TicketPart part)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var fields = HelpdeskForms.Fields(kind);
        part = new TicketPart();

        DateOnly? birthDate = null;
        if (fields.Contains(FormField.TanggalLahir))
        {
            var text = input.TanggalLahir?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                errors[nameof(input.TanggalLahir)] = "Tanggal lahir wajib diisi.";
            }
            else if (!DateOnly.TryParseExact(text, ["yyyy-MM-dd", "dd-MM-yyyy", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                errors[nameof(input.TanggalLahir)] = "Tanggal lahir tidak sah; gunakan format HH-BB-TTTT.";
            }
            else if (date > today)
            {
                errors[nameof(input.TanggalLahir)] = "Tanggal lahir tidak boleh di masa depan.";
            }
            else if (date < today.AddYears(-80) || date > today.AddYears(-15))
            {
                errors[nameof(input.TanggalLahir)] = "Tanggal lahir tidak wajar untuk pelamar (usia 15–80 tahun).";
            }
            else
            {
                birthDate = date;
                part.TanggalLahir = date;
            }
        }

        var nik = Digits(input.Nik);
        if (NikRules.ValidateNik(nik, birthDate) is { } nikError)
        {
            errors[nameof(input.Nik)] = nikError;
        }
        else
        {
            part.Nik = nik;
        }

        if (fields.Contains(FormField.NomorKk))
        {
            var kk = Digits(input.NomorKk);
            if (NikRules.ValidateKk(kk) is { } kkError)
            {
                errors[nameof(input.NomorKk)] = kkError;
            }
            else
            {
                part.NomorKk = kk;
            }
        }

        if (fields.Contains(FormField.Nama))
        {
            part.Nama = Text(input.Nama, nameof(input.Nama), "Nama", 100, required: true, errors);
            if (part.Nama is not null && !part.Nama.All(c => char.IsLetter(c) || c is ' ' or '.' or ',' or '\'' or '-'))
            {
                errors[nameof(input.Nama)] = "Nama hanya boleh berisi huruf, spasi, titik, koma, apostrof dan tanda hubung.";
            }
        }

        if (fields.Contains(FormField.TempatLahir))
        {
            part.TempatLahir = Text(input.TempatLahir, nameof(input.TempatLahir), "Tempat lahir", 100, required: true, errors);
        }

        if (fields.Contains(FormField.PertanyaanPengaman1) || fields.Contains(FormField.PertanyaanPengaman2))
        {
            var question = input.PertanyaanPengaman?.Trim();
            if (string.IsNullOrEmpty(question))
            {
                errors[nameof(input.PertanyaanPengaman)] = "Pilih pertanyaan pengaman.";
            }
            else if (!HelpdeskForms.SecurityQuestions.Contains(question))
            {
                errors[nameof(input.PertanyaanPengaman)] = "Pilih pertanyaan pengaman dari daftar.";
            }
            else
            {
                part.PertanyaanPengaman = question;
            }
        }

        if (fields.Contains(FormField.JawabanPengaman))
        {
            part.JawabanPengaman = Text(input.JawabanPengaman, nameof(input.JawabanPengaman), "Jawaban pertanyaan pengaman", 100, required: true, errors);
        }

        if (fields.Contains(FormField.JenisPermasalahan))
        {
            var problem = input.JenisPermasalahan?.Trim();
            if (string.IsNullOrEmpty(problem) || !HelpdeskForms.ProblemKinds.Contains(problem))
            {
                errors[nameof(input.JenisPermasalahan)] = "Pilih jenis permasalahan dari daftar.";
            }
            else
            {
                part.JenisPermasalahan = problem;
            }
        }

        if (fields.Contains(FormField.Instansi))
        {
            part.Instansi = Text(input.Instansi, nameof(input.Instansi), "Instansi", 150, required: true, errors);
        }

        part.Pertanyaan = Text(input.Pertanyaan, nameof(input.Pertanyaan), "Pertanyaan", HelpdeskForms.QuestionMaxLength, HelpdeskForms.IsRequired(kind, FormField.Pertanyaan), errors);

        var email = input.Email?.Trim();
        if (!string.IsNullOrEmpty(email))
        {
            if (!Bkn.Cms.Validation.EmailAddressRules.IsValid(email))
            {
                errors[nameof(input.Email)] = "Alamat e-mail tidak sah, misalnya nama@contoh.id.";
            }
            else
            {
                part.Email = email;
            }
        }

        return errors;
    }

    /// <summary>Removes spaces and dots people type in numbers; keeps anything else so the check can refuse it.</summary>
    private static string? Digits(string? value) => value?.Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal).Trim();

    private static string? Text(string? value, string key, string label, int max, bool required, Dictionary<string, string> errors)
    {
        var text = value?.Trim().Replace("\r\n", "\n", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                errors[key] = HelpdeskText.Format(HelpdeskText.Required, label);
            }

            return null;
        }

        if (text.Length > max)
        {
            errors[key] = HelpdeskText.Format(HelpdeskText.TooLong, label, max, text.Length);
            return null;
        }

        if (text.Any(c => char.IsControl(c) && c != '\n'))
        {
            errors[key] = HelpdeskText.Format(HelpdeskText.BadCharacters, label);
            return null;
        }

        return text;
    }
}
