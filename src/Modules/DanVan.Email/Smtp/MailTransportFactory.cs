using DanVan.Orchard;

namespace DanVan.Email.Smtp;

/// <summary>Opens the transport an endpoint names; tests and the benchmark use the real ones.</summary>
public sealed class MailTransportFactory(AppDataPaths paths)
{
    public IMailTransport Open(SmtpEndpoint endpoint, string tenantName) => endpoint.Kind switch
    {
        MailTransportKind.Smtp => new MailKitTransport(endpoint),
        MailTransportKind.MailDrop => new MailDropTransport(paths, tenantName),
        _ => throw new InvalidOperationException(endpoint.WhyNone),
    };
}
