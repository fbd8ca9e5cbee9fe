using DanVan.Orchard.Configuration;

namespace DanVan.Media.Azure;

/// <summary>Checked only when a connection string turns the Azure store on.</summary>
public sealed class AzureBlobMediaOptionsValidator : ConfigurationValidator<AzureBlobMediaOptions>
{
    private const string TenantToken = "{tenant}";

    public override string Section => AzureBlobMediaOptions.SectionName;

    protected override void Check(AzureBlobMediaOptions options, ConfigurationChecks checks)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return;
        }

        // One container shared by every tenant must keep them apart by folder, or districts would see each other's files.
        checks.NotBlank(options.ContainerName, nameof(options.ContainerName))
            .That(options.ContainerName.Contains(TenantToken, StringComparison.Ordinal) || options.BasePath.Contains(TenantToken, StringComparison.Ordinal),
                nameof(options.BasePath), $"must contain {TenantToken} when ContainerName ('{options.ContainerName}') is shared by every tenant", options.BasePath);
    }
}
