namespace DanVan.Admin.ViewModels;

public sealed record DashboardViewModel(string SiteName, IReadOnlyList<ContentTypeCount> Counts)
{
    /// <summary>The first-steps checklist of a new district; empty when there is none to show.</summary>
    public IReadOnlyList<DanVan.Orchard.Display.OnboardingStep> FirstSteps { get; init; } = [];
}

public sealed record ContentTypeCount(string ContentType, string DisplayName, int Published, int Drafts);
