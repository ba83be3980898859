using SkiaSharp;

namespace Bkn.Cms.Media.Imaging;

/// <summary>
/// Paints the illustrations of the sample data (no photographs ship with the product): a two-colour gradient with a
/// motif of documents, people or a building, drawn as simple shapes. The same seed paints the same picture.
/// </summary>
public static class SamplePicture
{
    public static byte[] Paint(int width, int height, string fromColor, string toColor, string motif, int seed)
    {
        var random = new Random(seed);
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        var from = SKColor.TryParse(fromColor, out var a) ? a : new SKColor(0x0B, 0x3D, 0x91);
        var to = SKColor.TryParse(toColor, out var b) ? b : new SKColor(0xF2, 0xA9, 0x00);
        using (var background = new SKPaint())
        {
            background.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height), [from, to], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, width, height, background);
        }

        using var soft = new SKPaint { IsAntialias = true, Color = SKColors.White.WithAlpha(28) };
        for (var i = 0; i < 7; i++)
        {
            canvas.DrawCircle(random.Next(width), random.Next(height), random.Next(height / 8, height / 2), soft);
        }

        using var white = new SKPaint { IsAntialias = true, Color = SKColors.White.WithAlpha(235) };
        using var line = new SKPaint { IsAntialias = true, Color = from.WithAlpha(150), StrokeWidth = height / 90f, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round };
        using var accent = new SKPaint { IsAntialias = true, Color = to };
        var unit = height / 10f;
        switch (motif)
        {
            case "people":
                for (var i = 0; i < 5; i++)
                {
                    var x = width * (0.2f + i * 0.15f);
                    var y = height * (0.55f + (i % 2) * 0.06f);
                    canvas.DrawCircle(x, y - unit * 1.6f, unit * 0.8f, white);
                    canvas.DrawRoundRect(new SKRect(x - unit * 1.1f, y - unit * 0.6f, x + unit * 1.1f, y + unit * 2.2f), unit, unit, white);
                }

                break;
            case "building":
                canvas.DrawRect(new SKRect(width * 0.25f, height * 0.3f, width * 0.75f, height * 0.36f), white);
                for (var i = 0; i < 6; i++)
                {
                    var x = width * (0.29f + i * 0.085f);
                    canvas.DrawRect(new SKRect(x, height * 0.38f, x + unit * 0.6f, height * 0.72f), white);
                }

                canvas.DrawRect(new SKRect(width * 0.22f, height * 0.72f, width * 0.78f, height * 0.78f), white);
                canvas.DrawRoundRect(new SKRect(width * 0.3f, height * 0.18f, width * 0.7f, height * 0.28f), unit * 0.4f, unit * 0.4f, white);

                break;
            default:
                // Documents: a stack of pages with text lines and a check mark.
                for (var i = 2; i >= 0; i--)
                {
                    var left = width * 0.34f + i * unit * 0.5f;
                    var top = height * 0.16f + i * unit * 0.35f;
                    var page = new SKRect(left, top, left + unit * 4.6f, top + unit * 6.2f);
                    canvas.DrawRoundRect(page, unit * 0.2f, unit * 0.2f, white);
                    if (i == 0)
                    {
                        for (var l = 0; l < 6; l++)
                        {
                            var y = page.Top + unit * (1f + l * 0.75f);
                            canvas.DrawLine(page.Left + unit * 0.6f, y, page.Right - unit * (l % 3 == 2 ? 1.8f : 0.6f), y, line);
                        }
                    }
                }

                canvas.DrawCircle(width * 0.66f, height * 0.7f, unit * 1.2f, accent);
                using (var check = new SKPaint { IsAntialias = true, Color = SKColors.White, StrokeWidth = unit * 0.3f, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round })
                {
                    var (cx, cy) = (width * 0.66f, height * 0.7f);
                    canvas.DrawLine(cx - unit * 0.55f, cy, cx - unit * 0.1f, cy + unit * 0.45f, check);
                    canvas.DrawLine(cx - unit * 0.1f, cy + unit * 0.45f, cx + unit * 0.6f, cy - unit * 0.45f, check);
                }

                break;
        }

        canvas.Flush();
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 85);
        return data.ToArray();
    }
}
