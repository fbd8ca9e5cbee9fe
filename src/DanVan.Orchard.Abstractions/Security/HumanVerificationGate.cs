using DanVan.Orchard.Modules;

namespace DanVan.Orchard.Security;

/// <summary>The current tenant's <see cref="IHumanVerification"/>: the one of an enabled feature, else <see cref="NoHumanVerification"/>.</summary>
public sealed class HumanVerificationGate(FeatureGate features)
{
    public async Task<IHumanVerification> CurrentAsync(CancellationToken cancellationToken) =>
        (await features.GetEnabledAsync<IHumanVerification>(cancellationToken)) is [var enabled, ..] ? enabled : NoHumanVerification.Instance;
}
