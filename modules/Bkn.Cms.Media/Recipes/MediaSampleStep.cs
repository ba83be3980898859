using Bkn.Cms.Media.Imaging;
using Bkn.Cms.Media.Services;
using Bkn.Cms.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Media.Recipes;

/// <summary>
/// "MediaSample": paints the sample data's illustrations and stores them in the library at the given paths (with their
/// resized copies and alt text), so that sample content can name them. A path already in the library is left alone.
/// </summary>
public sealed class MediaSampleStep : IRecipeStep
{
    public string Name => "MediaSample";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.ToObject<Model>();
        var library = context.Services.GetRequiredService<MediaLibrary>();
        var seed = 1;
        foreach (var file in model.Files)
        {
            if (string.IsNullOrWhiteSpace(file.Path) || !file.Path.EndsWith(".jpg", StringComparison.Ordinal) || file.Path.Contains("..", StringComparison.Ordinal))
            {
                throw new RecipeException($"Berkas contoh harus berupa path .jpg yang sah: \"{file.Path}\".");
            }

            var bytes = SamplePicture.Paint(1280, 720, file.From ?? "#0b3d91", file.To ?? "#f2a900", file.Motif ?? "documents", seed++);
            await library.StoreAtAsync(MediaLibrary.NormalizeFolder(file.Path[..file.Path.LastIndexOf('/')]) + file.Path[file.Path.LastIndexOf('/')..], bytes, file.AltText, cancellationToken);
        }
    }

    public sealed class Model
    {
        public List<FileModel> Files { get; set; } = [];
    }

    public sealed class FileModel
    {
        public string Path { get; set; } = "";

        public string? AltText { get; set; }

        public string? From { get; set; }

        public string? To { get; set; }

        public string? Motif { get; set; }
    }
}
