namespace DanVan.Admin.Onboarding;

/// <summary>What the first-steps checklist remembers in the tenant's documents.</summary>
public sealed class OnboardingState
{
    public const string DocumentId = "Onboarding";

    /// <summary>The administrator hid the checklist before finishing it.</summary>
    public bool Dismissed { get; set; }

    /// <summary>When the district first published an article of its own (recipes' sample articles are imported, not published by anyone).</summary>
    public DateTime? FirstArticlePublishedUtc { get; set; }
}
