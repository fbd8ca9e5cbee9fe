using System.Text.Json.Nodes;
using DanVan.Orchard.Recipes;

namespace DanVan.Orchard.Tests.Recipes;

/// <summary><c>configuration('Key')</c> in a recipe reads only the recipes' own keys, never the host's settings.</summary>
public sealed class RecipeConfigurationKeysTests
{
    private static readonly Dictionary<string, string?> Host = new(StringComparer.OrdinalIgnoreCase)
    {
        ["DanVan:Email:Smtp:Password"] = "bi-mat-may-chu",
        ["ConnectionStrings:Postgres"] = "Host=db;Password=bi-mat",
        ["DanVan:Recipes:Parameters:Province"] = "Bình Lâm",
        ["DanVan:Recipes:Parameters:Smtp:Host"] = "mail.example.vn",
    };

    private static RecipeScript Script() => new(new Dictionary<string, string?>(), key => Host.GetValueOrDefault(key));

    [Theory]
    [InlineData("[js: configuration('DanVan:Email:Smtp:Password')]")]
    [InlineData("[js: configuration('danvan:email:smtp:password', 'x')]")]
    [InlineData("[js: '<p>' + configuration('DanVan:Email:Smtp:Password') + '</p>']")]
    public void A_host_setting_is_refused_by_name(string value)
    {
        var error = Assert.Throws<RecipeScriptException>(() => Script().Evaluate(JsonValue.Create(value), "steps[0].data[0].Body"));

        Assert.Contains("is not readable by recipes", error.Message);
        Assert.Contains(RecipeConfigurationKeys.Prefix, error.Message);
        Assert.DoesNotContain("bi-mat", error.Message);
    }

    [Theory]
    [InlineData("[js: configuration('DanVan:Recipes:Parameters:Province')]", "Bình Lâm")]
    [InlineData("[js: configuration('Province')]", "Bình Lâm")]
    [InlineData("[js: configuration('Smtp:Host', 'localhost')]", "mail.example.vn")]
    [InlineData("[js: configuration('ConnectionStrings:Postgres', 'mặc định')]", "mặc định")]
    [InlineData("[js: configuration('OrchardCore_Admin:AdminUrlPrefix', 'Admin')]", "Admin")]
    public void Other_keys_are_read_under_the_recipes_own_section_only(string value, string expected)
    {
        Assert.Equal(expected, Script().Evaluate(JsonValue.Create(value), "x")!.GetValue<string>());
    }
}
