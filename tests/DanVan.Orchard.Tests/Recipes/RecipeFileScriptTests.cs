using System.Text.Json.Nodes;
using DanVan.Orchard.Recipes;

namespace DanVan.Orchard.Tests.Recipes;

/// <summary><c>[file:…]</c> reads beside the recipe; other <c>[x:…]</c> kinds are refused, never stored as text.</summary>
public sealed class RecipeFileScriptTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("recipe-files-").FullName;

    public RecipeFileScriptTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "Snippets"));
        File.WriteAllText(Path.Combine(_folder, "Snippets", "footer.html"), "<p>Chân trang</p>");
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(_folder)!, "outside-" + Path.GetFileName(_folder) + ".txt"), "secret");
    }

    private RecipeScript Script() => new(new Dictionary<string, string?>(), _ => null, _folder);

    [Fact]
    public void File_text_and_base64_read_a_file_relative_to_the_recipe()
    {
        Assert.Equal("<p>Chân trang</p>", Script().Evaluate(JsonValue.Create("[file:text('Snippets/footer.html')]"), "a")!.GetValue<string>());
        Assert.Equal(Convert.ToBase64String("<p>Chân trang</p>"u8.ToArray()),
            Script().Evaluate(JsonValue.Create("[file:base64('Snippets/footer.html')]"), "b")!.GetValue<string>());
    }

    [Theory]
    [InlineData("[file:text('missing.html')]", "'missing.html' is not a file beside the recipe")]
    [InlineData("[file:read('Snippets/footer.html')]", "unsupported script '[file:read('Snippets/footer.html')]'")]
    [InlineData("[liquid: {{ Model }}]", "unsupported script '[liquid:…]'; known: [js:…], [file:…]")]
    public void Other_files_and_kinds_are_refused_with_their_name(string value, string reason)
    {
        var error = Assert.Throws<RecipeScriptException>(() => Script().Evaluate(new JsonObject { ["Html"] = value }, "data[0]"));

        Assert.Equal("data[0].Html", error.Field);
        Assert.StartsWith(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_outside_the_recipe_folder_is_refused_though_it_exists()
    {
        var outside = "../outside-" + Path.GetFileName(_folder) + ".txt";

        var error = Assert.Throws<RecipeScriptException>(() => Script().Evaluate(JsonValue.Create($"[file:text('{outside}')]"), "a"));

        Assert.Equal($"'{outside}' is not a file beside the recipe", error.Message);
    }

    [Fact]
    public void Js_base64_decodes_to_text()
    {
        Assert.Equal("{ \"type\": 1 }", Script().Evaluate(JsonValue.Create("[js:base64('eyAidHlwZSI6IDEgfQ==')]"), "a")!.GetValue<string>());
    }

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        File.Delete(Path.Combine(Path.GetDirectoryName(_folder)!, "outside-" + Path.GetFileName(_folder) + ".txt"));
    }
}
