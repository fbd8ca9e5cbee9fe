using DanVan.Orchard.Modules;

namespace DanVan.Orchard.Recipes;

/// <summary>
/// The one table of Orchard Core ids that have an equivalent here, so Orchard's own recipes run unchanged. A feature
/// mapped to <see cref="BuiltIn"/> is always on here (the platform's core does its job) and is dropped without a
/// warning; an id in no table is unknown: refused, or skipped with a warning when the recipe runs leniently.
/// </summary>
public static class OrchardAliases
{
    /// <summary>The feature is part of the core here: nothing to enable.</summary>
    public const string BuiltIn = "";

    public const string SiteTheme = "DanVan.Theme";

    public const string AdminTheme = "DanVan.AdminTheme";

    public static readonly IReadOnlyDictionary<string, string> Features = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["OrchardCore.Contents"] = FeatureIds.Contents,
        ["OrchardCore.ContentTypes"] = FeatureIds.Contents,
        ["OrchardCore.ContentFields"] = FeatureIds.Contents,
        ["OrchardCore.Autoroute"] = FeatureIds.Contents,
        ["OrchardCore.Title"] = FeatureIds.Contents,
        ["OrchardCore.Html"] = FeatureIds.Contents,
        ["OrchardCore.Markdown"] = FeatureIds.Contents,
        ["OrchardCore.Lists"] = FeatureIds.Contents,
        ["OrchardCore.Media"] = FeatureIds.Media,
        ["OrchardCore.Users"] = FeatureIds.Users,
        ["OrchardCore.Roles"] = FeatureIds.Users,
        ["OrchardCore.Admin"] = FeatureIds.Admin,
        ["OrchardCore.Lucene"] = FeatureIds.Search,
        ["OrchardCore.Search.Lucene"] = FeatureIds.Search,
        ["OrchardCore.Email"] = FeatureIds.Email,
        ["OrchardCore.ReCaptcha"] = FeatureIds.Feedback,
        ["OrchardCore.AuditTrail"] = FeatureIds.AuditTrail,
        ["OrchardCore.Tenants"] = FeatureIds.Tenants,
        ["OrchardCore.Settings"] = BuiltIn,
        ["OrchardCore.Features"] = BuiltIn,
        ["OrchardCore.Themes"] = BuiltIn,
        ["OrchardCore.Recipes"] = BuiltIn,
        ["OrchardCore.Resources"] = BuiltIn,
        ["OrchardCore.Security"] = BuiltIn,
        ["OrchardCore.Navigation"] = BuiltIn,
        ["OrchardCore.Menu"] = BuiltIn,
        ["OrchardCore.HomeRoute"] = BuiltIn,
        ["OrchardCore.Feeds"] = BuiltIn,
    };

    /// <summary>Orchard's themes: the target here, and whether the swap deserves a warning (the look is not Orchard's).</summary>
    public static readonly IReadOnlyDictionary<string, (string Target, bool Warn)> Themes = new Dictionary<string, (string, bool)>(StringComparer.OrdinalIgnoreCase)
    {
        ["TheAdmin"] = (AdminTheme, false),
        ["TheTheme"] = (SiteTheme, true),
        ["TheBlogTheme"] = (SiteTheme, true),
        ["TheAgencyTheme"] = (SiteTheme, true),
        ["TheComingSoonTheme"] = (SiteTheme, true),
    };

    /// <summary>
    /// Orchard's permission names whose meaning exists here under another name. A name that exists here too
    /// (<c>ManageOwnMedia</c>, <c>ViewContent</c>…) must never be listed: mapping it would grant more than the recipe asked
    /// (an Author's ManageOwnMedia once became ManageMedia over every file).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Permissions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["AccessAdminPanel"] = "ViewAdmin",
        ["ManageMediaContent"] = "ManageMedia",
    };
}
