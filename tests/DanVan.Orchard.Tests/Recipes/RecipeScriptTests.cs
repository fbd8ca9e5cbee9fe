using System.Text.Json.Nodes;
using DanVan.Orchard.Recipes;

namespace DanVan.Orchard.Tests.Recipes;

public sealed class RecipeScriptTests
{
    private static RecipeScript Script(Dictionary<string, string?>? configuration = null) => new(
        new Dictionary<string, string?> { ["SiteName"] = "Ban Dân vận Huyện ủy Hòa An", ["AdminUsername"] = "admin" },
        key => configuration?.GetValueOrDefault(key));

    [Fact]
    public void Variables_are_evaluated_once_and_reused()
    {
        var script = Script();
        script.DefineVariables(new JsonObject { ["id"] = "[js: uuid()]", ["same"] = "[js: variables('id')]" });

        var first = script.Evaluate(JsonValue.Create("[js: variables('id')]"), "a")!.GetValue<string>();
        var second = script.Evaluate(JsonValue.Create("[js:variables('same')]"), "b")!.GetValue<string>();

        Assert.Equal(32, first.Length);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Parameters_and_configuration_are_replaced_deep_in_the_step()
    {
        var step = new JsonObject
        {
            ["name"] = "settings",
            ["SiteName"] = "[js: parameters('SiteName')]",
            ["Group"] = new JsonObject { ["Owners"] = new JsonArray("[js: parameters('AdminUsername')]", "literal") },
            ["Mail"] = "[js: configuration('Smtp:Host', 'localhost')]",
        };

        var result = (JsonObject)Script(new() { ["DanVan:Recipes:Parameters:Smtp:Host"] = "mail.example.vn" }).Evaluate(step, string.Empty)!;

        Assert.Equal("Ban Dân vận Huyện ủy Hòa An", result["SiteName"]!.GetValue<string>());
        Assert.Equal("admin", result["Group"]!["Owners"]![0]!.GetValue<string>());
        Assert.Equal("literal", result["Group"]!["Owners"]![1]!.GetValue<string>());
        Assert.Equal("mail.example.vn", result["Mail"]!.GetValue<string>());
        Assert.Equal("[js: parameters('SiteName')]", step["SiteName"]!.GetValue<string>());
    }

    [Fact]
    public void A_javascript_date_stamp_gives_the_current_utc_time_in_iso_8601()
    {
        var before = DateTime.UtcNow.AddSeconds(-1);

        var value = Script().Evaluate(JsonValue.Create("[js: 'Tạo lúc ' + new Date().toISOString()]"), "x")!.GetValue<string>();

        Assert.StartsWith("Tạo lúc ", value, StringComparison.Ordinal);
        var stamp = DateTime.Parse(value["Tạo lúc ".Length..], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
        Assert.InRange(stamp, before, DateTime.UtcNow.AddSeconds(1));
        Assert.EndsWith("Z", value, StringComparison.Ordinal);
    }

    [Fact]
    public void Configuration_falls_back_to_its_default()
    {
        var value = Script().Evaluate(JsonValue.Create("[js: configuration('Missing:Key', 'mặc định')]"), "x");

        Assert.Equal("mặc định", value!.GetValue<string>());
    }

    [Theory]
    [InlineData("[js: eval('1+1')]", "unsupported script function 'eval'")]
    [InlineData("[js: variables('nope')]", "variable 'nope' is not defined")]
    [InlineData("[js: parameters('Nope')]", "parameter 'Nope' is not given")]
    [InlineData("[js: new Date()]", "unsupported script")]
    public void Unsupported_scripts_are_refused_with_the_field_path(string value, string reason)
    {
        var step = new JsonObject { ["data"] = new JsonArray(new JsonObject { ["ContentItemId"] = value }) };

        var error = Assert.Throws<RecipeScriptException>(() => Script().Evaluate(step, string.Empty));

        Assert.Equal("data[0].ContentItemId", error.Field);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Quoted_text_and_calls_are_joined_with_plus_and_a_plus_inside_quotes_is_text()
    {
        var value = Script().Evaluate(JsonValue.Create("[js: '<p>' + parameters('SiteName') + ' là cơ quan (1 + 1).</p>']"), "Html")!.GetValue<string>();

        Assert.Equal("<p>Ban Dân vận Huyện ủy Hòa An là cơ quan (1 + 1).</p>", value);
    }

    [Fact]
    public void A_joined_term_that_is_neither_text_nor_a_known_call_is_refused_with_its_field()
    {
        var error = Assert.Throws<RecipeScriptException>(() => Script().Evaluate(JsonValue.Create("[js: 'a' + eval('x')]"), "steps[0].Html"));

        Assert.Equal("steps[0].Html", error.Field);
        Assert.Contains("eval", error.Message, StringComparison.Ordinal);
    }
}
