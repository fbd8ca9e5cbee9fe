using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace DanVan.Email.Smtp;

/// <summary>
/// SMTP through MailKit: one connection for a batch, STARTTLS / SSL / none, sign-in, a timeout on every step. A
/// tenant's own server is connected by the address vetted by <see cref="SmtpAddressGuard"/> (the name still goes to
/// TLS, for SNI and the certificate's name).
/// </summary>
public sealed class MailKitTransport(SmtpEndpoint endpoint, SmtpConnectionPolicy policy) : IMailTransport
{
    private readonly SmtpClient _client = new() { Timeout = (int)endpoint.Timeout.TotalMilliseconds };
    private string? _rejectedCertificate;

    public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        await EnsureConnectedAsync(cancellationToken);
        try
        {
            return await _client.SendAsync(message, cancellationToken);
        }
        catch (Exception e) when (e is IOException or SmtpProtocolException or ServiceNotConnectedException)
        {
            // The connection broke mid-message: the next message opens a new one.
            await CloseAsync();
            throw new MailConnectionException($"Mất kết nối với máy chủ thư: {e.Message}", MailFailureKind.Protocol, e);
        }
    }

    /// <summary>Connects (TLS and sign-in as configured) without sending anything; disposing says QUIT. For the health check.</summary>
    public Task ConnectAsync(CancellationToken cancellationToken) => EnsureConnectedAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await CloseAsync();
        _client.Dispose();
    }

    private async Task EnsureConnectedAsync(CancellationToken cancellationToken)
    {
        if (_client.IsConnected)
        {
            return;
        }

        var security = endpoint.EncryptionMethod switch
        {
            SmtpEncryptionMethod.SslTls => SecureSocketOptions.SslOnConnect,
            SmtpEncryptionMethod.StartTls => SecureSocketOptions.StartTls,
            _ => SecureSocketOptions.None,
        };
        _client.ServerCertificateValidationCallback ??= ValidateCertificate;
        try
        {
            await _client.ConnectAsync(await OpenSocketAsync(cancellationToken), endpoint.Host ?? "localhost", endpoint.Port, security, cancellationToken);
            if (endpoint.UserName is not null)
            {
                if (endpoint.Password is null)
                {
                    throw new MailConnectionException("Không đọc được mật khẩu máy chủ thư đã lưu: hãy nhập lại trong trang Thư điện tử.", MailFailureKind.Authentication);
                }

                await _client.AuthenticateAsync(endpoint.UserName, endpoint.Password, cancellationToken);
            }
        }
        catch (Exception e) when (e is not MailConnectionException and not OperationCanceledException || e is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            await CloseAsync();
            var (kind, text) = Describe(e);
            throw new MailConnectionException(text, kind, e);
        }
    }

    /// <summary>
    /// Our own socket, with Nagle's algorithm off: a message's last small write (the final dot) would otherwise wait
    /// for the acknowledgement of the one before, which the server delays — 40 ms a message, 25 messages a second.
    /// For a tenant's own server: the port checked and the socket connected to a vetted address, not to the name.
    /// </summary>
    private async Task<Socket> OpenSocketAsync(CancellationToken cancellationToken)
    {
        var host = endpoint.Host ?? "localhost";
        if (policy.AllowedPorts is { } ports && !ports.Contains(endpoint.Port))
        {
            throw new MailConnectionException(SmtpConnectionPolicy.PortNotAllowedMessage(ports), MailFailureKind.NotAllowed);
        }

        var addresses = policy.PublicAddressesOnly ? await SmtpAddressGuard.ResolveAllowedAsync(host, cancellationToken) : null;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(endpoint.Timeout);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            if (addresses is null)
            {
                await socket.ConnectAsync(host, endpoint.Port, timeout.Token);
            }
            else
            {
                await socket.ConnectAsync(addresses, endpoint.Port, timeout.Token);
            }

            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The usual validation, or a certificate whose SHA-256 thumbprint the operator trusts; a refusal is remembered for the error.</summary>
    private bool ValidateCertificate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        var thumbprint = certificate?.GetCertHashString(HashAlgorithmName.SHA256);
        if (thumbprint is not null && policy.TrustedThumbprints.Contains(thumbprint))
        {
            return true;
        }

        _rejectedCertificate = $"{errors}; {certificate?.Subject}; SHA-256 {thumbprint}";
        return false;
    }

    private (MailFailureKind Kind, string Text) Describe(Exception e) => e switch
    {
        SslHandshakeException when _rejectedCertificate is not null =>
            (MailFailureKind.Tls, $"Không thiết lập được kết nối bảo mật (TLS): chứng chỉ của máy chủ thư không được tin cậy ({_rejectedCertificate})."),
        SslHandshakeException or System.Security.Authentication.AuthenticationException =>
            (MailFailureKind.Tls, $"Không thiết lập được kết nối bảo mật (TLS) với máy chủ thư: {FirstLine(e.Message)}"),
        NotSupportedException => (MailFailureKind.Tls, $"Máy chủ thư không hỗ trợ kiểu kết nối bảo mật đã chọn: {FirstLine(e.Message)}"),
        AuthenticationException auth => (MailFailureKind.Authentication, $"Máy chủ thư từ chối đăng nhập: {auth.Message}"),
        SmtpCommandException command => (MailFailureKind.Protocol, $"{(int)command.StatusCode} {command.Message}"),
        OperationCanceledException or TimeoutException => (MailFailureKind.Unreachable, "Máy chủ thư không trả lời kịp (hết thời gian chờ)."),
        SocketException socket => (MailFailureKind.Unreachable, $"Không kết nối được tới máy chủ thư: {socket.Message}"),
        _ => (MailFailureKind.Protocol, e.Message),
    };

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    private async Task CloseAsync()
    {
        if (_client.IsConnected)
        {
            try
            {
                await _client.DisconnectAsync(quit: true, CancellationToken.None);
            }
            catch (Exception e) when (e is IOException or SmtpProtocolException or SmtpCommandException)
            {
                // Closing a broken connection: nothing more to say to the server.
            }
        }
    }
}
