using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Bkn.Cms.Hosting;
using Bkn.Cms.Validation;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace Bkn.Cms.Workflows.Services;

/// <summary>
/// Sends e-mail through SMTP (section "Smtp": Host, Port, UserName, Password, From). Without <c>Smtp:Host</c> each
/// message is written as an .eml file to {App:DataPath}/outbox, so a development or test site sends nothing.
/// </summary>
public sealed partial class WorkflowMailer(IConfiguration configuration, IWebHostEnvironment environment, TimeProvider time, ILogger<WorkflowMailer> logger)
{
    public string OutboxPath => Path.GetFullPath(DataPaths.Folder(configuration, environment, "outbox"));

    /// <summary>
    /// Sends the message; returns where it went ("smtp" or the .eml path). Nothing is sent when any recipient breaks
    /// <see cref="EmailAddressRules"/>: the refusal is logged and reported by position, never with the address.
    /// </summary>
    public async Task<string> SendAsync(IReadOnlyList<string> to, string subject, string htmlBody, CancellationToken cancellationToken)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(configuration["Smtp:From"] ?? "noreply@bkn.go.id"));
        for (var i = 0; i < to.Count; i++)
        {
            var address = to[i].Trim();
            if (!EmailAddressRules.IsValid(address))
            {
                LogInvalidRecipient(logger, i + 1, to.Count);
                throw new WorkflowException($"Alamat surel penerima ke-{i + 1} tidak sah; surel tidak dikirim.");
            }

            message.To.Add(new MailboxAddress("", address));
        }

        message.Subject = subject;
        message.Date = time.GetUtcNow();
        message.Body = new BodyBuilder { HtmlBody = htmlBody }.ToMessageBody();

        var host = configuration["Smtp:Host"];
        if (string.IsNullOrWhiteSpace(host))
        {
            Directory.CreateDirectory(OutboxPath);
            var path = Path.Combine(OutboxPath, $"{time.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml");
            await message.WriteToAsync(path, cancellationToken);
            return path;
        }

        using var client = new SmtpClient();
        await client.ConnectAsync(host, configuration.GetValue("Smtp:Port", 587), SecureSocketOptions.Auto, cancellationToken);
        if (configuration["Smtp:UserName"] is { Length: > 0 } user)
        {
            await client.AuthenticateAsync(user, configuration["Smtp:Password"] ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
        return "smtp";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail not sent: recipient {Position} of {Count} is not a valid address")]
    private static partial void LogInvalidRecipient(ILogger logger, int position, int count);
}
