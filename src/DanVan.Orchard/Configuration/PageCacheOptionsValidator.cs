using DanVan.Orchard.PageCache;

namespace DanVan.Orchard.Configuration;

public sealed class PageCacheOptionsValidator : ConfigurationValidator<PageCacheOptions>
{
    public override string Section => PageCacheOptions.SectionName;

    protected override void Check(PageCacheOptions options, ConfigurationChecks checks) => checks
        .NotBlank(options.PublicCacheControl, nameof(options.PublicCacheControl))
        .That(options.BrotliQuality is >= 0 and <= 11, nameof(options.BrotliQuality), "must be 0 to 11", options.BrotliQuality)
        .AtLeast(options.MinimumCompressedSize, 0, nameof(options.MinimumCompressedSize))
        .AtLeast(options.SizeLimitMB, 1, nameof(options.SizeLimitMB))
        .That(options.TenantSharePercent is >= 1 and <= 100, nameof(options.TenantSharePercent), "must be 1 to 100", options.TenantSharePercent)
        .That(options.SharedQueryKeys.All(k => !string.IsNullOrWhiteSpace(k) && k.TrimEnd('*').Length > 0 && !k[..^1].Contains('*', StringComparison.Ordinal)),
            nameof(options.SharedQueryKeys), "each must be a query key or a prefix ending in * (a lone * would share pages whose output a key changes)",
            string.Join(", ", options.SharedQueryKeys));
}
