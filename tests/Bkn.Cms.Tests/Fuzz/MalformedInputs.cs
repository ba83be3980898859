using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace Bkn.Cms.Tests.Fuzz;

/// <summary>
/// A seeded, reproducible generator of malformed inputs: texts, form and multipart bodies, JSON, query strings, search
/// syntax and headers. The same seed yields the same sequence, so a failing case can be replayed from its number.
/// </summary>
public sealed class MalformedInputs(int seed)
{
    private static readonly string[] Payloads =
    [
        "", " ", "\0", "a\0b", "\u0001\u0002\u001f", "\r\n\r\n", "\t", "'", "\"", "' OR '1'='1", "1; DROP TABLE \"ContentItems\";--",
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "{{7*7}}", "${7*7}", "{0}{1}{99}",
        "%", "%zz", "%00", "%c0%af", "../../etc/passwd", "..\\..\\windows", "\ud800", "\udfff\ud800", "\u202e", "\ufeff", "\uffff",
        "ｆｕｌｌｗｉｄｔｈ", "😀😀😀", "٣٢٠١", "NaN", "Infinity", "-0", "1e309", "99999999999999999999999999", "-1", "0x10",
        "3201011203990001", "HD-2026-000001", "HD-9999-999999", "2026-02-30", "0000-00-00", "31/12/2026", "true", "null", "[]", "{}",
    ];

    private static readonly string[] SearchSyntax =
    [
        "*", "?", "a*", "*a", "a?b*", "~", "a~", "a~0.5", "a~2", "\"unclosed", "\"a b\"~10", "a AND", "OR b", "AND OR NOT", "NOT", "!!", "&&", "||",
        "(", ")", "((((a", "a)))", "[a TO z]", "{a TO z}", "[* TO *]", "title:x", "_id:1", ":", "a:b:c", "^", "a^999", "a^-1", "\\", "\\\\",
        "+", "-", "+-a", "a/", "/a.*b/", "/[a-z]{1,10000}/", "/((((((((a*)*)*)*)*)*)*)*/", "/(a|aa)*b{1,65535}/", "/", "\"\"", "'", "a\u0000b", "ü ç ğ", "kenaikan pangkat", "perka 25 tahun 2013", "pangkat~ golongan*",
    ];

    private readonly Random _random = new(seed);

    public int Next(int max) => _random.Next(max);

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>A hostile or odd text: a known payload, random characters of every plane, or a very long run.</summary>
    public string Text() => _random.Next(6) switch
    {
        0 or 1 => Pick(Payloads),
        2 => RandomChars(_random.Next(1, 40)),
        3 => Pick(Payloads) + RandomChars(_random.Next(0, 8)) + Pick(Payloads),
        4 => new string(Pick(new[] { 'a', '9', '\0', ' ', 'é', '%' }), Pick(new[] { 251, 1001, 5000, 70_000 })),
        _ => string.Concat(Enumerable.Range(0, _random.Next(1, 6)).Select(_ => Pick(Payloads))),
    };

    /// <summary>Search text: query-parser syntax pieces mixed with odd text (regular expressions included: search builds its own queries).</summary>
    public string SearchText() => _random.Next(4) switch
    {
        0 => Text(),
        _ => string.Join(Pick(new[] { " ", "", "  ", " AND ", " OR ", "+" }), Enumerable.Range(0, _random.Next(1, 8)).Select(_ => Pick(SearchSyntax))),
    };

    /// <summary>A query string over the given names, with repeats, odd names and broken escapes.</summary>
    public string QueryString(IReadOnlyList<string> names, Func<string>? value = null)
    {
        var parts = new List<string>();
        for (var i = _random.Next(0, 6); i >= 0; i--)
        {
            var name = _random.Next(5) == 0 ? Text() : Pick(names);
            var text = value is not null && _random.Next(2) == 0 ? value() : Text();
            parts.Add(_random.Next(8) == 0 ? $"{name}={Pick(new[] { "%", "%zz", "%u0041", "%%", "%E0%A4%A" })}" : $"{Escape(Cap(name))}={Escape(Cap(text))}");
        }

        return "?" + string.Join('&', parts);
    }

    /// <summary>A form body for the given fields: garbage values, a missing or broken token, a wrong content type or a broken multipart.</summary>
    public (HttpContent Content, string Kind) FormBody(IReadOnlyList<string> fields, string token)
    {
        var values = fields.ToDictionary(f => f, _ => Text());
        switch (_random.Next(10))
        {
            case 0:
                return (Form(values), "form-without-token");
            case 1:
                values["__RequestVerificationToken"] = _random.Next(2) == 0 ? Text() : token[..Math.Min(token.Length, _random.Next(1, 20))];
                return (Form(values), "form-with-broken-token");
            case 2:
                values["__RequestVerificationToken"] = token;
                return (Bytes(RandomBytes(_random.Next(1, 2000)), Pick(new[] { "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream" })), "binary-body");
            case 3:
                values["__RequestVerificationToken"] = token;
                return (Multipart(values, truncate: true), "truncated-multipart");
            case 4:
                values["__RequestVerificationToken"] = token;
                return (Bytes(Encoding.UTF8.GetBytes(string.Join('&', values.Select(v => $"{v.Key}={Escape(Cap(v.Value))}"))), Pick(new[] { "multipart/form-data", "multipart/form-data; boundary=", "text/plain", "application/json", "application/x-www-form-urlencoded; charset=utf-7", "" })), "wrong-content-type");
            case 5:
                values["__RequestVerificationToken"] = token;
                foreach (var i in Enumerable.Range(0, Pick(new[] { 200, 1100, 3000 })))
                {
                    values[$"extra{i}"] = "x";
                }

                return (Form(values), "many-fields");
            case 6:
                values["__RequestVerificationToken"] = token;
                return (Bytes(Encoding.UTF8.GetBytes($"__RequestVerificationToken={Escape(token)}&{Pick(fields)}={Pick(new[] { "%", "%zz", "%E0%A4%A", "%u0041" })}&{Pick(fields)}=%00&=&&==&{new string('k', Pick(new[] { 10, 3000 }))}=1"), "application/x-www-form-urlencoded"), "broken-escapes");
            case 7:
                values["__RequestVerificationToken"] = token;
                return (Multipart(values, truncate: false), "multipart-with-garbage");
            default:
                values["__RequestVerificationToken"] = token;
                return (Form(values), "garbage-values");
        }
    }

    /// <summary>JSON that is broken, wrongly typed, deeply nested, with duplicate keys or invalid UTF-8, for an object with the given properties.</summary>
    public (HttpContent Content, string Kind) Json(IReadOnlyList<string> properties)
    {
        string JsonValue() => _random.Next(9) switch
        {
            0 => Cap(Text()).Length.ToString(CultureInfo.InvariantCulture),
            1 => "{\"a\":{\"b\":[1,2,{\"c\":null}]}}",
            2 => "[" + string.Join(',', Enumerable.Range(0, _random.Next(0, 5)).Select(_ => "\"x\"")) + "]",
            3 => Pick(new[] { "true", "false", "null", "1e400", "-0", "12345678901234567890123", "0.1e-999" }),
            4 => new string('[', 2000) + new string(']', 2000),
            5 => System.Text.Json.JsonSerializer.Serialize(Text()),
            6 => "{\"Text\":" + System.Text.Json.JsonSerializer.Serialize(Text()) + "}",
            7 => "\"2026-13-45T99:99:99\"",
            _ => "\"" + Text().Replace("\\", "", StringComparison.Ordinal).Replace("\"", "", StringComparison.Ordinal) + "\"",
        };

        var members = properties.Select(p => $"\"{(_random.Next(6) == 0 ? p.ToUpperInvariant() : p)}\":{JsonValue()}").ToList();
        switch (_random.Next(8))
        {
            case 0:
                return (JsonContent("{" + string.Join(',', members) + ",\"" + Pick(properties) + "\":" + JsonValue() + "}"), "duplicate-keys");
            case 1:
                return (JsonContent(("{" + string.Join(',', members) + "}")[..Math.Max(1, _random.Next(1, 40))]), "truncated");
            case 2:
                return (JsonContent(new string('{', 1) + string.Concat(Enumerable.Repeat("\"a\":{", Pick(new[] { 70, 500, 5000 }))) + "}"), "deep-nesting");
            case 3:
            {
                var bytes = Encoding.UTF8.GetBytes("{\"" + Pick(properties) + "\":\"x").Concat(new byte[] { 0xC3, 0x28, 0xFF, 0xFE }).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();
                return (Bytes(bytes, "application/json"), "invalid-utf8");
            }

            case 4:
                return (JsonContent(Pick(new[] { "", "null", "[]", "1", "\"x\"", "{}", "{,}", "{\"a\":1,}", "// c\n{}", "\ufeff{}", "{'a':1}", "{a:1}", "NaN" })), "not-an-object");
            case 5:
                return (Bytes(Encoding.UTF8.GetBytes("{" + string.Join(',', members) + "}"), Pick(new[] { "text/plain", "application/x-www-form-urlencoded", "application/json; charset=latin1", "application/xml", "" })), "wrong-content-type");
            default:
                return (JsonContent("{" + string.Join(',', members) + "}"), "wrong-types");
        }
    }

    /// <summary>A header a browser would never send, or a broken form of one it would.</summary>
    public (string Name, string Value, string Kind) Header()
    {
        var value = Ascii(Cap(Text()));
        return _random.Next(9) switch
        {
            0 => ("Accept-Language", Pick(new[] { "xx-YY;q=abc", "*;q=2", "en;q=0.5, id;q=", ",,,,", value, "zh-Hant-TW-x-private-extension-subtag" }), "accept-language"),
            1 => ("Cookie", ".AspNetCore.Culture=" + Pick(new[] { "c=xx|uic=yy", "c=en", "c=", "|||", value }), "culture-cookie"),
            2 => ("Cookie", "bkn.auth=" + Pick(new[] { "", "CfDJ8garbage", value, new string('A', 4000) }), "auth-cookie"),
            3 => ("Cookie", ".AspNetCore.Antiforgery.abc=" + value + "; .AspNetCore.Antiforgery.abc=" + value, "antiforgery-cookie"),
            4 => ("Accept", Pick(new[] { "*/*;q=x", "text/html;;;", value, "application/json, */*" }), "accept"),
            5 => ("X-Forwarded-For", Pick(new[] { "999.1.1.1", "::::", value, "10.0.0.1, , 1.1.1.1" }), "forwarded-for"),
            6 => ("Authorization", "Bearer " + Pick(new[] { "", "abc.def.ghi", value, new string('x', 5000) }), "bearer"),
            7 => ("If-Modified-Since", Pick(new[] { "yesterday", "Mon, 32 Jan 2026 00:00:00 GMT", value }), "if-modified-since"),
            _ => ("Range", Pick(new[] { "bytes=9-1", "bytes=-", "bytes=0-0,0-0,0-0", value }), "range"),
        };
    }

    private string RandomChars(int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(_random.Next(5) switch
            {
                0 => (char)_random.Next(0, 32),
                1 => (char)_random.Next(32, 127),
                2 => (char)_random.Next(0x80, 0x800),
                3 => (char)_random.Next(0xD800, 0xE000), // lone surrogates
                _ => (char)_random.Next(0x3000, 0xFFFF),
            });
        }

        return builder.ToString();
    }

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    private static string Ascii(string text) => new([.. text.Where(c => c is >= ' ' and < (char)127)]);

    /// <summary>Texts go into URLs too: keep them within what a server accepts as a request line.</summary>
    private static string Cap(string text) => text.Length > 2000 ? text[..2000] : text;

    /// <summary>Percent-encodes the UTF-8 bytes (a lone surrogate becomes U+FFFD, as a browser sends it).</summary>
    public static string Escape(string text) =>
        string.Concat(Encoding.UTF8.GetBytes(text).Select(b => char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~' ? ((char)b).ToString() : $"%{b:X2}"));

    private static ByteArrayContent Form(Dictionary<string, string> values) =>
        Bytes(Encoding.ASCII.GetBytes(string.Join('&', values.Select(v => $"{Escape(v.Key)}={Escape(Cap(v.Value))}"))), "application/x-www-form-urlencoded");

    private static ByteArrayContent JsonContent(string json) => Bytes(Encoding.UTF8.GetBytes(json), "application/json");

    private static ByteArrayContent Bytes(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        if (contentType.Length > 0)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return content;
    }

    private ByteArrayContent Multipart(Dictionary<string, string> values, bool truncate)
    {
        var boundary = Pick(new[] { "b", "----x", new string('-', 69) + "b", "a b" });
        var body = new StringBuilder();
        foreach (var (name, value) in values)
        {
            body.Append("--").Append(boundary).Append("\r\n");
            body.Append(_random.Next(6) == 0 ? "Content-Disposition: form-data\r\n" : $"Content-Disposition: form-data; name=\"{name}\"{(_random.Next(5) == 0 ? "; filename=\"" + Ascii(Text()) + "\"" : "")}\r\n");
            if (_random.Next(5) == 0)
            {
                body.Append("Content-Type: ").Append(Pick(new[] { "application/pdf", "image/jpeg", "text/html", "x/y" })).Append("\r\n");
            }

            body.Append("\r\n").Append(Cap(value)).Append("\r\n");
        }

        body.Append("--").Append(boundary).Append("--\r\n");
        var text = body.ToString();
        if (truncate)
        {
            text = text[..Math.Max(1, _random.Next(text.Length))];
        }

        return Bytes(Encoding.UTF8.GetBytes(text), $"multipart/form-data; boundary=\"{boundary}\"");
    }
}
