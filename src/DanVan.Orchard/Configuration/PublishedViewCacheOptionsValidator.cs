using DanVan.Orchard.Display;

namespace DanVan.Orchard.Configuration;

public sealed class PublishedViewCacheOptionsValidator : ConfigurationValidator<PublishedViewCacheOptions>
{
    public override string Section => PublishedViewCacheOptions.SectionName;

    protected override void Check(PublishedViewCacheOptions options, ConfigurationChecks checks) => checks
        .AtLeast(options.SizeLimitMB, 0, nameof(options.SizeLimitMB));
}
