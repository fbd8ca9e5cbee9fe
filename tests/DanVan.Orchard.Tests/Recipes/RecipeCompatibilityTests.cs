using System.Text.Json.Nodes;
using DanVan.Orchard.Display;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Recipes;

namespace DanVan.Orchard.Tests.Recipes;

/// <summary>Orchard Core's ids and spellings read before a recipe runs: all unknowns at once, aliases mapped.</summary>
public sealed class RecipeCompatibilityTests
{
    private static readonly RecipeCompatibility Compatibility = new(
        new HashSet<string>(["Feature", "Themes", "Content", "Settings", "Roles"], StringComparer.OrdinalIgnoreCase),
        new FeatureCatalog([
            new FeatureDescriptor(FeatureIds.Contents, "Nội dung", "", "", [], "DanVan.Contents"),
            new FeatureDescriptor(FeatureIds.Search, "Tìm kiếm", "", "", [], "DanVan.Search"),
        ]),
        new ThemeCatalog([new ThemeAttribute(OrchardAliases.SiteTheme, "Site"), new ThemeAttribute(OrchardAliases.AdminTheme, "Admin") { IsAdminTheme = true }]));

    private static readonly RecipeDescriptor OrchardShaped = RecipeReader.Parse("""
        { "name": "orchard", "steps": [
          { "name": "feature", "enable": [ "OrchardCore.Contents", "OrchardCore.Autoroute", "OrchardCore.Lucene", "OrchardCore.Settings", "OrchardCore.Diagnostics", "TheAdmin", "SafeMode" ] },
          { "name": "themes", "admin": "TheAdmin", "site": "TheBlogTheme" },
          { "name": "Layers", "Layers": [] },
          { "name": "content", "Data": [] },
          { "name": "settings", "TimeZoneId": "Asia/Ho_Chi_Minh" },
          { "name": "Roles", "Roles": [ { "Name": "Editor", "Permissions": [ "AccessAdminPanel", "PublishContent" ] } ] },
          { "name": "Queries", "Queries": [] }
        ] }
        """, "orchard");

    [Fact]
    public void Strict_refuses_every_unknown_step_and_feature_at_once()
    {
        var error = Assert.Throws<RecipeException>(() => Compatibility.Plan(OrchardShaped, lenient: false));

        Assert.Contains("4 unknown item(s)", error.Message, StringComparison.Ordinal);
        Assert.Contains("step 0 (feature), enable[4]: unknown feature 'OrchardCore.Diagnostics'", error.Message, StringComparison.Ordinal);
        Assert.Contains("step 0 (feature), enable[6]: unknown feature 'SafeMode'", error.Message, StringComparison.Ordinal);
        Assert.Contains("step 2 (Layers): unknown step 'Layers'", error.Message, StringComparison.Ordinal);
        Assert.Contains("step 6 (Queries): unknown step 'Queries'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lenient_skips_each_unknown_with_a_warning_and_maps_orchard_ids()
    {
        var plan = Compatibility.Plan(OrchardShaped, lenient: true);

        Assert.Equal([0, 1, 3, 4, 5], plan.Steps.Select(s => s.Index));
        Assert.Equal(5, plan.Warnings.Count); // four skipped, one theme swapped
        Assert.Contains(plan.Warnings, w => w.Contains("unknown feature 'OrchardCore.Diagnostics': skipped", StringComparison.Ordinal));
        Assert.Contains(plan.Warnings, w => w.Contains("Orchard's theme 'TheBlogTheme' is replaced by 'DanVan.Theme'", StringComparison.Ordinal));

        var steps = plan.Steps.ToDictionary(s => s.Index, s => s.Step);
        Assert.Equal([FeatureIds.Contents, FeatureIds.Search], steps[0]["enable"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(OrchardAliases.AdminTheme, steps[1]["admin"]!.GetValue<string>());
        Assert.Equal(OrchardAliases.SiteTheme, steps[1]["site"]!.GetValue<string>());
        Assert.IsType<JsonArray>(steps[3]["data"]);
        Assert.Null(steps[3]["Data"]);
        Assert.Equal("Asia/Ho_Chi_Minh", steps[4]["TimeZone"]!.GetValue<string>());
        Assert.Equal(["ViewAdmin", "PublishContent"], steps[5]["Roles"]![0]!["Permissions"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public void An_unknown_theme_is_refused_and_an_admin_theme_alias_is_not_a_site_theme()
    {
        var recipe = RecipeReader.Parse("""{ "name": "t", "steps": [ { "name": "themes", "site": "TheAdmin", "admin": "NoSuchTheme" } ] }""", "t");

        var error = Assert.Throws<RecipeException>(() => Compatibility.Plan(recipe, lenient: false));

        Assert.Contains("site: unknown theme 'TheAdmin'", error.Message, StringComparison.Ordinal);
        Assert.Contains("admin: unknown theme 'NoSuchTheme'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_alias_target_is_a_feature_of_this_build_or_built_in()
    {
        var ids = typeof(FeatureIds).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();

        Assert.All(OrchardAliases.Features.Values.Where(v => v != OrchardAliases.BuiltIn), v => Assert.Contains(v, ids));
    }
}
