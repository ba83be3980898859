namespace Bkn.Cms.Pkt.Services;

/// <summary>Indonesian words for the voice call-out of the display screen.</summary>
public static class PktSpeech
{
    private static readonly string[] Digits = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];

    private static readonly string[] Small = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"];

    /// <summary>Whole number in words ("terbilang"): 12 → "dua belas", 101 → "seratus satu", 2017 → "dua ribu tujuh belas".</summary>
    public static string Terbilang(long number)
    {
        if (number < 0)
        {
            return "minus " + Terbilang(-number);
        }

        return number == 0 ? "nol" : string.Join(' ', Words(number).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Words(long n) => n switch
    {
        < 12 => Small[n],
        < 20 => Words(n - 10) + " belas",
        < 100 => Words(n / 10) + " puluh " + Words(n % 10),
        < 200 => "seratus " + Words(n - 100),
        < 1000 => Words(n / 100) + " ratus " + Words(n % 100),
        < 2000 => "seribu " + Words(n - 1000),
        < 1_000_000 => Words(n / 1000) + " ribu " + Words(n % 1000),
        < 1_000_000_000 => Words(n / 1_000_000) + " juta " + Words(n % 1_000_000),
        _ => Words(n / 1_000_000_000) + " miliar " + Words(n % 1_000_000_000),
    };

    /// <summary>A ticket number read out digit by digit, as callers in a service hall do: "A-001" → "A nol nol satu".</summary>
    public static string TicketNumber(string number)
    {
        var words = new List<string>();
        foreach (var c in number)
        {
            if (char.IsAsciiDigit(c))
            {
                words.Add(Digits[c - '0']);
            }
            else if (char.IsAsciiLetter(c))
            {
                words.Add(char.ToUpperInvariant(c).ToString());
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>A desk code read as letter and number in words: "A2" → "A dua", "B12" → "B dua belas".</summary>
    public static string Desk(string desk)
    {
        var letters = new string(desk.TakeWhile(char.IsAsciiLetter).ToArray()).ToUpperInvariant();
        var digits = new string(desk.SkipWhile(char.IsAsciiLetter).Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 0 ? letters : $"{letters} {Terbilang(long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture))}";
    }

    /// <summary>"Nomor antrean A nol nol satu, silakan ke loket A dua".</summary>
    public static string CallSentence(string ticketNumber, string desk) =>
        $"Nomor antrean {TicketNumber(ticketNumber)}, silakan ke loket {Desk(desk)}";
}
