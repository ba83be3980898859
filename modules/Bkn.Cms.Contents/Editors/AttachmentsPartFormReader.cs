using System.Globalization;
using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.Models;
using Bkn.Cms.Features;
using Bkn.Cms.Media;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Contents.Editors;

/// <summary>
/// Reads the attachments editor: kept files with their titles, removals and new uploads. Uploads go through the media
/// library (size and type checked by content) into "lampiran/{year}"; the part setting "Accept" ("pdf", "image")
/// narrows what is taken. Inputs use "{Part.Name}:…" names so the generic reader leaves them alone.
/// </summary>
public sealed class AttachmentsPartFormReader(IEnumerable<IMediaLibrary> libraries, IFeatureChecker features, TimeProvider time, IStringLocalizer t) : IContentPartFormReader
{
    public const int MaxFiles = 20;

    public string PartName => nameof(AttachmentsPart);

    public async Task ReadAsync(ContentPartFormContext context, CancellationToken cancellationToken)
    {
        var name = context.Part.Name;
        var errorKey = context.InputName("Files");
        var paths = context.Form[$"{name}:Path"].Select(p => p ?? "").ToList();
        var titles = context.Form[$"{name}:Title"].Select(p => p ?? "").ToList();
        var removed = context.Form[$"{name}:Remove"].ToHashSet(StringComparer.Ordinal);
        var uploads = context.Form.Files.GetFiles($"{name}:Upload").Where(f => f.Length > 0 || f.FileName.Length > 0).ToList();
        if (paths.Count == 0 && uploads.Count == 0 && !context.Form.ContainsKey($"{name}:Present"))
        {
            return; // The editor was not on the form (API or another screen): keep the attachments as they are.
        }

        var library = libraries.FirstOrDefault(l => features.FeatureOf(l.GetType()) is not { } f || features.IsEnabled(f));
        var files = new List<Attachment>();
        if (paths.Count > 0)
        {
            // Only files the library knows are kept; a forged path is dropped, never linked.
            var known = library is null ? [] : (await library.FindAsync(paths, cancellationToken)).ToDictionary(f => f.Path, StringComparer.Ordinal);
            for (var i = 0; i < paths.Count; i++)
            {
                if (removed.Contains(paths[i]) || !known.TryGetValue(paths[i], out var file))
                {
                    continue;
                }

                files.Add(new Attachment { Path = file.Path, FileName = file.FileName, MediaType = file.ContentType, Size = file.Length, Title = (i < titles.Count ? titles[i] : "").Trim() });
            }
        }

        var accept = context.Part.Settings?["Accept"] is JsonArray a ? a.Select(n => n?.ToString()).ToHashSet() : ["pdf", "image"];
        foreach (var upload in uploads)
        {
            if (library is null)
            {
                context.Fail(errorKey, t["Pustaka media tidak aktif; lampiran tidak dapat diunggah."]);
                break;
            }

            if (files.Count >= MaxFiles)
            {
                context.Fail(errorKey, t["Paling banyak {0} lampiran.", MaxFiles]);
                break;
            }

            await using var stream = upload.OpenReadStream();
            var head = new byte[16];
            var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
            var kind = FileSignature.Detect(head.AsSpan(0, read));
            if (kind is null || !accept.Contains(kind.IsImage ? "image" : "pdf"))
            {
                context.Fail(errorKey, accept.Contains("image")
                    ? t["{0}: jenis berkas tidak diterima. Unggah dokumen PDF atau gambar JPEG, PNG, GIF, WebP.", upload.FileName]
                    : t["{0}: jenis berkas tidak diterima. Unggah dokumen PDF.", upload.FileName]);
                continue;
            }

            stream.Position = 0;
            var folder = "lampiran/" + time.GetUtcNow().Year.ToString(CultureInfo.InvariantCulture);
            var result = await library.UploadAsync(stream, upload.Length, upload.FileName, folder, null, context.UserId, cancellationToken);
            if (result.File is not { } stored)
            {
                context.Fail(errorKey, $"{upload.FileName}: {result.Error}");
                continue;
            }

            files.Add(new Attachment { Path = stored.Path, FileName = stored.FileName, MediaType = stored.ContentType, Size = stored.Length, Title = Path.GetFileNameWithoutExtension(upload.FileName) });
        }

        context.Item.Apply(name, new AttachmentsPart { Files = files });
    }
}
