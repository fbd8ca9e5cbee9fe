using DanVan.Orchard.PageCache;

namespace DanVan.Orchard.Configuration;

public sealed class PageCacheOptionsValidator : ConfigurationValidator<PageCacheOptions>
{
    public override string Section => PageCacheOptions.SectionName;

    protected override void Check(PageCacheOptions options, ConfigurationChecks checks) => checks
        .NotBlank(options.PublicCacheControl, nameof(options.PublicCacheControl))
        .That(options.BrotliQuality is >= 0 and <= 11, nameof(options.BrotliQuality), "must be 0 to 11", options.BrotliQuality)
        .AtLeast(options.MinimumCompressedSize, 0, nameof(options.MinimumCompressedSize));
}
