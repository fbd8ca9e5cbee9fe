using DanVan.Orchard;
using Microsoft.Extensions.Options;

namespace DanVan.Email.Smtp;

/// <summary>Opens the transport an endpoint names, under the operator's connection policy; tests and the benchmark use the real ones.</summary>
public sealed class MailTransportFactory(AppDataPaths paths, IOptionsMonitor<TenantSmtpOptions> tenantOptions, IOptionsMonitor<SmtpHostOptions> hostOptions)
{
    public IMailTransport Open(SmtpEndpoint endpoint, string tenantName) => endpoint.Kind switch
    {
        MailTransportKind.Smtp => new MailKitTransport(endpoint, SmtpConnectionPolicy.For(endpoint, tenantOptions.CurrentValue, hostOptions.CurrentValue)),
        MailTransportKind.MailDrop => new MailDropTransport(paths, tenantName),
        _ => throw new InvalidOperationException(endpoint.WhyNone),
    };
}
