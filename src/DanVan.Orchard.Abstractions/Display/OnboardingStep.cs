namespace DanVan.Orchard.Display;

/// <summary>One item of a new district's "Những bước đầu tiên" checklist on the dashboard: what to do, whether it is
/// done, and where to do it. <paramref name="Order"/> places it among the other modules' steps.</summary>
public sealed record OnboardingStep(string Id, string Text, bool Done, string Url, int Order);
