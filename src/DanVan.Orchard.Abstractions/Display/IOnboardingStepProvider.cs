namespace DanVan.Orchard.Display;

/// <summary>Contributes steps to the dashboard's first-steps checklist (only modules whose feature is on are asked).</summary>
public interface IOnboardingStepProvider
{
    Task<IReadOnlyList<OnboardingStep>> GetStepsAsync(CancellationToken cancellationToken);
}
