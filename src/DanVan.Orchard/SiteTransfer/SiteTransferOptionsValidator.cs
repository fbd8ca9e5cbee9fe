using DanVan.Orchard.Configuration;

namespace DanVan.Orchard.SiteTransfer;

public sealed class SiteTransferOptionsValidator : ConfigurationValidator<SiteTransferOptions>
{
    public override string Section => SiteTransferOptions.SectionName;

    protected override void Check(SiteTransferOptions options, ConfigurationChecks checks) =>
        checks.AtLeast(options.MaxEntries, 1, nameof(options.MaxEntries))
            .AtLeast(options.MaxUncompressedBytes, 1, nameof(options.MaxUncompressedBytes))
            .AtLeast(options.MaxRecipeBytes, 1, nameof(options.MaxRecipeBytes))
            .AtLeast(options.MaxCompressionRatio, 1, nameof(options.MaxCompressionRatio));
}
