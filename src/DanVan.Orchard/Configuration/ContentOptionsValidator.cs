using DanVan.Orchard.Contents;

namespace DanVan.Orchard.Configuration;

public sealed class ContentOptionsValidator : ConfigurationValidator<ContentOptions>
{
    public override string Section => ContentOptions.SectionName;

    protected override void Check(ContentOptions options, ConfigurationChecks checks) => checks
        .AtLeast(options.MaxHtmlDepth, 1, nameof(options.MaxHtmlDepth))
        .AtLeast(options.MaxHtmlBytes, 1, nameof(options.MaxHtmlBytes));
}
