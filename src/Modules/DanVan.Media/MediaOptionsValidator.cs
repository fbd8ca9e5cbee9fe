using DanVan.Orchard.Configuration;

namespace DanVan.Media;

public sealed class MediaOptionsValidator : ConfigurationValidator<MediaOptions>
{
    public override string Section => MediaOptions.SectionName;

    protected override void Check(MediaOptions options, ConfigurationChecks checks)
    {
        checks.AtLeast(options.MaxFileSize, 1, nameof(options.MaxFileSize))
            .AtLeast(options.MaxImageSide, 1, nameof(options.MaxImageSide))
            .AtLeast(options.MaxImagePixels, 1, nameof(options.MaxImagePixels))
            .AtLeast(options.MaxConcurrentResizes, 1, nameof(options.MaxConcurrentResizes))
            .That(options.AllowedWidths.Length > 0, nameof(options.AllowedWidths), "must list at least one width", string.Empty);
        for (var i = 0; i < options.AllowedWidths.Length; i++)
        {
            checks.AtLeast(options.AllowedWidths[i], 1, $"{nameof(options.AllowedWidths)}:{i}");
        }
    }
}
