using SkiaSharp;

namespace Bkn.Cms.Media.Imaging;

/// <summary>
/// Makes the resized copies of an uploaded raster image with SkiaSharp (MIT, Skia's .NET binding): a 16:9 thumbnail
/// and card cropped around the centre, and a full-width copy that keeps the shape, each as WebP and as JPEG for
/// browsers without WebP. Images are never enlarged. Transparent areas become white (JPEG has no transparency).
/// </summary>
public static class ImageVariantMaker
{
    private const int Quality = 80;

    private const long MaxPixels = 40_000_000;

    public sealed record Result(int Width, int Height, IReadOnlyList<(MediaVariant Variant, MediaVariantFormat Format, byte[] Bytes)> Copies);

    /// <summary>The copies of the image, or null when the bytes cannot be decoded as an image.</summary>
    public static Result? Make(byte[] original)
    {
        using var codec = SKCodec.Create(new SKMemoryStream(original));
        // A small file can declare an enormous picture: such images are kept as they are, without copies.
        if (codec is null || (long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            return null;
        }

        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null || decoded.Width == 0 || decoded.Height == 0)
        {
            return null;
        }

        using var source = Orient(decoded, codec.EncodedOrigin);
        var copies = new List<(MediaVariant, MediaVariantFormat, byte[])>();
        foreach (var variant in Enum.GetValues<MediaVariant>())
        {
            using var image = Render(source, variant);
            foreach (var format in Enum.GetValues<MediaVariantFormat>())
            {
                using var data = image.Encode(format == MediaVariantFormat.WebP ? SKEncodedImageFormat.Webp : SKEncodedImageFormat.Jpeg, Quality);
                copies.Add((variant, format, data.ToArray()));
            }
        }

        return new Result(source.Width, source.Height, copies);
    }

    private static SKImage Render(SKBitmap source, MediaVariant variant)
    {
        var width = Math.Min(MediaVariants.TargetWidth(variant), source.Width);
        SKRect crop;
        int height;
        if (variant == MediaVariant.Full)
        {
            crop = new SKRect(0, 0, source.Width, source.Height);
            height = Math.Max(1, (int)Math.Round(source.Height * (double)width / source.Width));
        }
        else
        {
            // 16:9 around the centre; a picture that is already wider keeps its full height.
            var cropHeight = Math.Min(source.Height, source.Width * 9f / 16f);
            var cropWidth = cropHeight * 16f / 9f;
            var left = (source.Width - cropWidth) / 2f;
            var top = (source.Height - cropHeight) / 2f;
            crop = new SKRect(left, top, left + cropWidth, top + cropHeight);
            width = (int)Math.Min(width, cropWidth);
            height = Math.Max(1, (int)Math.Round(width * 9.0 / 16.0));
        }

        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var image = SKImage.FromBitmap(source);
        using var paint = new SKPaint { IsAntialias = true };
        canvas.DrawImage(image, crop, new SKRect(0, 0, width, height), new SKSamplingOptions(SKCubicResampler.Mitchell), paint);
        canvas.Flush();
        return surface.Snapshot();
    }

    /// <summary>Applies the EXIF orientation of phone photos so copies stand the right way up.</summary>
    private static SKBitmap Orient(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        if (origin is SKEncodedOrigin.TopLeft or SKEncodedOrigin.Default)
        {
            return bitmap.Copy();
        }

        var swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var result = new SKBitmap(swap ? bitmap.Height : bitmap.Width, swap ? bitmap.Width : bitmap.Height);
        using var canvas = new SKCanvas(result);
        switch (origin)
        {
            case SKEncodedOrigin.BottomRight:
                canvas.RotateDegrees(180, bitmap.Width / 2f, bitmap.Height / 2f);
                break;
            case SKEncodedOrigin.RightTop:
                canvas.Translate(result.Width, 0);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.LeftBottom:
                canvas.Translate(0, result.Height);
                canvas.RotateDegrees(270);
                break;
        }

        using var image = SKImage.FromBitmap(bitmap);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear));
        return result;
    }
}
