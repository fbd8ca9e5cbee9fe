using MimeKit;

namespace DanVan.Email.Smtp;

/// <summary>One connection's worth of sending (a batch): opened on the first message, closed when disposed.</summary>
public interface IMailTransport : IAsyncDisposable
{
    /// <summary>Hands the message over; returns the server's answer. Throws <see cref="MailConnectionException"/> when
    /// the server cannot be reached or refuses the sign-in (every message would fail alike).</summary>
    Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
