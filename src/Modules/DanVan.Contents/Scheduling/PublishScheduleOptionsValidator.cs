using DanVan.Orchard.Configuration;

namespace DanVan.Contents.Scheduling;

public sealed class PublishScheduleOptionsValidator : ConfigurationValidator<PublishScheduleOptions>
{
    public override string Section => PublishScheduleOptions.SectionName;

    protected override void Check(PublishScheduleOptions options, ConfigurationChecks checks) => checks
        .Positive(options.PollInterval, nameof(options.PollInterval))
        .Positive(options.ScanInterval, nameof(options.ScanInterval))
        .AtLeast(options.MaxTenantsPerTick, 1, nameof(options.MaxTenantsPerTick));
}
