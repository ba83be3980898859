using System.Globalization;
using System.Text;
using Bkn.Cms.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>Writes each mail as an RFC 5322 .eml file into {App:DataPath}/outbox (one file per mail, written atomically).</summary>
public sealed class OutboxMailer(IConfiguration configuration, IHostEnvironment environment, TimeProvider time) : IHelpdeskMailer
{
    public string Folder => DataPaths.Folder(configuration, environment, "outbox");

    public async Task SendAsync(HelpdeskMail mail, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var now = time.GetUtcNow();
        var text = new StringBuilder()
            .Append("From: Helpdesk BKN <helpdesk@bkn.go.id>\r\n")
            .Append("To: ").Append(Header(mail.To)).Append("\r\n")
            .Append("Subject: =?utf-8?B?").Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(mail.Subject))).Append("?=\r\n")
            .Append("Date: ").Append(now.ToString("r", CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("Message-ID: <").Append(Guid.NewGuid().ToString("N")).Append("@helpdesk.bkn.go.id>\r\n")
            .Append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n")
            .Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(mail.Body), Base64FormattingOptions.InsertLineBreaks))
            .Append("\r\n")
            .ToString();
        var name = string.Create(CultureInfo.InvariantCulture, $"{now:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        var temp = Path.Combine(Folder, name + ".tmp");
        await File.WriteAllTextAsync(temp, text, cancellationToken);
        File.Move(temp, Path.Combine(Folder, name));
    }

    private static string Header(string value) => value.Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
}
