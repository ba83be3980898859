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

    public static MediaFileInfo ToInfo(MediaItem item) => new(item.Path, item.FileName, item.ContentType, item.Length, item.AltText)
    {
        HasVariants = item.HasVariants,
        Width = item.Width,
        Height = item.Height,
    };

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
        return (await StoreAsync(id, path, $"{baseName}.{kind.Extension}", kind, whole, length, altText, userId, cancellationToken), null);
    }

    /// <summary>Stores a file at a chosen path (sample data); an existing file at that path is returned as it is.</summary>
    public async Task<MediaItem> StoreAtAsync(string path, byte[] bytes, string? altText, CancellationToken cancellationToken)
    {
        if (await db.Set<MediaItem>().FirstOrDefaultAsync(m => m.Path == path, cancellationToken) is { } existing)
        {
            return existing;
        }

        var kind = FileSignature.Detect(bytes.AsSpan(0, Math.Min(16, bytes.Length))) ?? throw new InvalidOperationException("Not a media file.");
        using var stream = new MemoryStream(bytes, writable: false);
        return await StoreAsync(Guid.NewGuid(), path, path[(path.LastIndexOf('/') + 1)..], kind, stream, bytes.Length, altText, null, cancellationToken);
    }

    private async Task<MediaItem> StoreAsync(Guid id, string path, string fileName, FileSignature.Kind kind, Stream content, long length, string? altText, string? userId, CancellationToken cancellationToken)
    {
        var slash = path.LastIndexOf('/');
        var item = new MediaItem
        {
            Id = id,
            Folder = slash < 0 ? "" : path[..slash],
            FileName = fileName,
            Path = path,
            ContentType = kind.ContentType,
            Length = length,
            AltText = (altText ?? "").Trim(),
            UploadedUtc = time.GetUtcNow().UtcDateTime,
            UploadedBy = userId,
        };
        var written = new List<string> { path };
        try
        {
            if (kind.IsImage)
            {
                // Images are small (the upload limit); the copies are made from the bytes in memory.
                using var buffer = new MemoryStream();
                await content.CopyToAsync(buffer, cancellationToken);
                var bytes = buffer.ToArray();
                buffer.Position = 0;
                await store.SaveAsync(path, buffer, cancellationToken);
                if (Imaging.ImageVariantMaker.Make(bytes) is { } made)
                {
                    foreach (var (variant, format, copy) in made.Copies)
                    {
                        var copyPath = MediaVariants.PathOf(path, variant, format);
                        written.Add(copyPath);
                        using var copyStream = new MemoryStream(copy, writable: false);
                        await store.SaveAsync(copyPath, copyStream, cancellationToken);
                    }

                    (item.Width, item.Height, item.HasVariants) = (made.Width, made.Height, true);
                }
            }
            else
            {
                await store.SaveAsync(path, content, cancellationToken);
            }

            db.Set<MediaItem>().Add(item);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // No record, no file: never leave an orphan behind.
            foreach (var file in written)
            {
                await store.DeleteAsync(file, CancellationToken.None);
            }

            throw;
        }

        return item;
    }

    public async Task DeleteAsync(MediaItem item, CancellationToken cancellationToken)
    {
        db.Set<MediaItem>().Remove(item);
        await db.SaveChangesAsync(cancellationToken);
        await store.DeleteAsync(item.Path, cancellationToken);
        if (item.HasVariants)
        {
            foreach (var variant in Enum.GetValues<MediaVariant>())
            {
                foreach (var format in Enum.GetValues<MediaVariantFormat>())
                {
                    await store.DeleteAsync(MediaVariants.PathOf(item.Path, variant, format), cancellationToken);
                }
            }
        }
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
