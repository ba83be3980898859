using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Pkt.Services;

/// <summary>
/// A text with inserted values, kept as its Indonesian template and the values, so the page can show it in the
/// visitor's language (<c>Localization/en.json</c> holds the template's translation).
/// </summary>
public sealed record PktText(string Format, params object[] Args)
{
    public override string ToString() => Args.Length == 0 ? Format : string.Format(CultureInfo.InvariantCulture, Format, Args);

    /// <summary>The text in the current UI language.</summary>
    public string In(IStringLocalizer t) => Args.Length == 0 ? t[Format].Value : t[Format, Args].Value;
}

/// <summary>A refusal with an Indonesian message for the visitor or the staff member; nothing was saved.</summary>
public sealed class PktException : Exception
{
    public PktException(string message)
        : this(new PktText(message))
    {
    }

    public PktException(string format, params object[] args)
        : this(new PktText(format, args))
    {
    }

    public PktException(PktText text)
        : base(text.ToString()) => Text = text;

    /// <summary>The message's template and values, for showing it in the visitor's language.</summary>
    public PktText Text { get; }
}
