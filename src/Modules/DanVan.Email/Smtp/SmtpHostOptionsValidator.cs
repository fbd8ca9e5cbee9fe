using DanVan.Email.Outbox;
using DanVan.Orchard.Configuration;
using Microsoft.Extensions.Options;

namespace DanVan.Email.Smtp;

/// <summary>
/// The sender starts a message only while its lease has three timeouts left (<see cref="OutboxTenantWorker"/>): a
/// timeout of a third of the lease or more would have every batch given back untouched and no mail ever sent.
/// </summary>
public sealed class SmtpHostOptionsValidator(IOptions<OutboxOptions> outbox) : ConfigurationValidator<SmtpHostOptions>
{
    public override string Section => SmtpHostOptions.SectionName;

    protected override void Check(SmtpHostOptions options, ConfigurationChecks checks)
    {
        var lease = outbox.Value.LeaseDuration;
        checks.Positive(options.Timeout, nameof(options.Timeout))
            .That(options.Timeout * OutboxTenantWorker.TimeoutsPerMessage < lease, nameof(options.Timeout),
                $"must be under a third of {OutboxOptions.SectionName}:{nameof(OutboxOptions.LeaseDuration)} ({lease}), or no message is ever started",
                options.Timeout)
            .AtLeast(options.Port, 1, nameof(options.Port));
    }
}
