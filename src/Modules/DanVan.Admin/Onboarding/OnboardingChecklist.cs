using DanVan.Orchard.Data;
using DanVan.Orchard.Display;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Tenancy;

namespace DanVan.Admin.Onboarding;

/// <summary>
/// The steps a new district still has to take, from every module with the feature on; empty on the portal, once all
/// are done, or after the administrator dismissed the list.
/// </summary>
public sealed class OnboardingChecklist(FeatureGate features, IDocumentStore documents, TenantContext tenant)
{
    public async Task<IReadOnlyList<OnboardingStep>> GetAsync(CancellationToken cancellationToken)
    {
        if (tenant.IsDefault || (await documents.GetAsync<OnboardingState>(OnboardingState.DocumentId, cancellationToken)).Dismissed)
        {
            return [];
        }

        var steps = new List<OnboardingStep>();
        foreach (var provider in await features.GetEnabledAsync<IOnboardingStepProvider>(cancellationToken))
        {
            steps.AddRange(await provider.GetStepsAsync(cancellationToken));
        }

        return steps.All(s => s.Done) ? [] : steps.OrderBy(s => s.Order).ToList();
    }
}
