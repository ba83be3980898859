using System.Globalization;
using System.Text.RegularExpressions;
using Bkn.Cms.Media.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Media.Services;

/// <summary>Uploads (checked by size and by content), alt text changes and deletions of media files.</summary>
public sealed partial class MediaLibrary(DbContext db, IMediaStore store, IConfiguration configuration, TimeProvider time, IStringLocalizer t) : IMediaLibrary
{
    async Task<MediaUploadResult> IMediaLibrary.UploadAsync(Stream content, long length, string fileName, string? folder, string? altText, string? userId, CancellationToken cancellationToken)
    {
        var (item, error) = await UploadAsync(content, length, fileName, folder, altText, userId, cancellationToken);
        return new MediaUploadResult(item is null ? null : ToInfo(item), error);
    }

    public async Task<IReadOnlyList<MediaFileInfo>> ListAsync(string? folder, string? text, bool imagesOnly, int max, CancellationToken cancellationToken)
    {
        var items = db.Set<MediaItem>().AsNoTracking();
        var clean = NormalizeFolder(folder);
        if (clean.Length > 0)
        {
            var prefix = clean + "/";
            items = items.Where(m => m.Folder == clean || m.Folder.StartsWith(prefix));
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            var needle = text.Trim().ToLower(CultureInfo.InvariantCulture);
            items = items.Where(m => m.FileName.ToLower().Contains(needle) || m.AltText.ToLower().Contains(needle));
        }

        if (imagesOnly)
        {
            items = items.Where(m => m.ContentType.StartsWith("image/"));
        }

        var list = await items.OrderByDescending(m => m.UploadedUtc).Take(Math.Clamp(max, 1, 500)).ToListAsync(cancellationToken);
        return [.. list.Select(ToInfo)];
    }

    public async Task<IReadOnlyList<MediaFileInfo>> FindAsync(IReadOnlyCollection<string> paths, CancellationToken cancellationToken)
    {
        var list = paths.ToList();
        var found = await db.Set<MediaItem>().AsNoTracking().Where(m => list.Contains(m.Path)).ToListAsync(cancellationToken);
        return [.. found.Select(ToInfo)];
    }

    private static MediaFileInfo ToInfo(MediaItem item) => new(item.Path, item.FileName, item.ContentType, item.Length, item.AltText);

    public long MaxBytes => (long)(configuration.GetValue<double?>("Media:MaxUploadMegabytes") ?? 10) * 1024 * 1024;

    /// <summary>Stores the file and its record; returns the item, or an Indonesian error message.</summary>
    public async Task<(MediaItem? Item, string? Error)> UploadAsync(Stream content, long length, string fileName, string? folder, string? altText, string? userId, CancellationToken cancellationToken)
    {
        if (length <= 0)
        {
            return (null, t["Berkas kosong."]);
        }

        if (length > MaxBytes)
        {
            return (null, t["Berkas terlalu besar: paling besar {0} MB.", MaxBytes / 1024 / 1024]);
        }

        var head = new byte[16];
        var read = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        var kind = FileSignature.Detect(head.AsSpan(0, read));
        if (kind is null)
        {
            return (null, t["Jenis berkas tidak diterima. Unggah gambar JPEG, PNG, GIF, WebP atau dokumen PDF."]);
        }

        var cleanFolder = NormalizeFolder(folder);
        var baseName = NormalizeName(Path.GetFileNameWithoutExtension(fileName));
        var id = Guid.NewGuid();
        var storedName = $"{baseName}-{id.ToString("N")[..8]}.{kind.Extension}";
        var path = cleanFolder.Length == 0 ? storedName : $"{cleanFolder}/{storedName}";

        using var whole = new ConcatenatedStream(head.AsMemory(0, read), content);
        await store.SaveAsync(path, whole, cancellationToken);
        var item = new MediaItem
        {
            Id = id,
            Folder = cleanFolder,
            FileName = $"{baseName}.{kind.Extension}",
            Path = path,
            ContentType = kind.ContentType,
            Length = length,
            AltText = (altText ?? "").Trim(),
            UploadedUtc = time.GetUtcNow().UtcDateTime,
            UploadedBy = userId,
        };
        try
        {
            db.Set<MediaItem>().Add(item);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // No record, no file: never leave an orphan behind.
            await store.DeleteAsync(path, CancellationToken.None);
            throw;
        }

        return (item, null);
    }

    public async Task DeleteAsync(MediaItem item, CancellationToken cancellationToken)
    {
        db.Set<MediaItem>().Remove(item);
        await db.SaveChangesAsync(cancellationToken);
        await store.DeleteAsync(item.Path, cancellationToken);
    }

    public static string NormalizeFolder(string? folder) =>
        string.Join('/', (folder ?? "").ToLower(CultureInfo.InvariantCulture).Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => Unsafe().Replace(s, "-").Trim('-')).Where(s => s.Length > 0 && s != "." && s != ".."));

    private static string NormalizeName(string name)
    {
        var clean = Unsafe().Replace(name.ToLower(CultureInfo.InvariantCulture), "-").Trim('-');
        clean = clean.Length > 60 ? clean[..60].Trim('-') : clean;
        return clean.Length == 0 ? "berkas" : clean;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex Unsafe();

    /// <summary>The bytes already read for the signature check, followed by the rest of the upload.</summary>
    private sealed class ConcatenatedStream(ReadOnlyMemory<byte> head, Stream tail) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_position < head.Length)
            {
                var n = Math.Min(buffer.Length, head.Length - _position);
                head.Slice(_position, n).CopyTo(buffer);
                _position += n;
                return n;
            }

            return await tail.ReadAsync(buffer, cancellationToken);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
