namespace Bkn.Cms.Media;

/// <summary>
/// Where media files live. The default keeps them under App_Data/media; an S3-style store can implement this
/// interface and be registered instead. Paths are relative, with forward slashes.
/// </summary>
public interface IMediaStore
{
    Task SaveAsync(string path, Stream content, CancellationToken cancellationToken);

    /// <summary>The file's content, or null when it does not exist.</summary>
    Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken);

    Task DeleteAsync(string path, CancellationToken cancellationToken);
}
