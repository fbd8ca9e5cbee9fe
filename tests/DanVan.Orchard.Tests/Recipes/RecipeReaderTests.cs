using DanVan.Orchard.Recipes;

namespace DanVan.Orchard.Tests.Recipes;

public sealed class RecipeReaderTests
{
    [Fact]
    public void Reads_orchard_shaped_header_and_steps()
    {
        var recipe = RecipeReader.Parse("""
            {
              "name": "district-board",
              "displayName": "Ban Dân vận cấp huyện",
              "description": "Một trang huyện",
              "issetuprecipe": true,
              "categories": ["district"],
              "variables": { "id": "[js: uuid()]" },
              "steps": [ { "name": "feature", "enable": ["DanVan.Articles"] }, { "name": "Themes", "site": "DanVan.Theme" } ]
            }
            """, "district-board.recipe.json");

        Assert.Equal("district-board", recipe.Name);
        Assert.Equal("Ban Dân vận cấp huyện", recipe.DisplayName);
        Assert.True(recipe.IsSetupRecipe);
        Assert.Equal(["district"], recipe.Categories);
        Assert.Equal(2, recipe.Steps.Count);
        Assert.True(recipe.Variables.ContainsKey("id"));
    }

    [Fact]
    public void Bad_json_names_the_file_and_the_line()
    {
        var error = Assert.Throws<RecipeException>(() => RecipeReader.Parse("{\n  \"name\": \"x\",\n  \"steps\": [ { \"name\": } ]\n}", "broken.recipe.json"));

        Assert.Equal("broken.recipe.json", error.Recipe);
        Assert.StartsWith("Recipe 'broken.recipe.json': invalid JSON at line 3", error.Message);
    }

    [Fact]
    public void Missing_name_is_refused()
    {
        var error = Assert.Throws<RecipeException>(() => RecipeReader.Parse("""{ "steps": [] }""", "a.recipe.json"));

        Assert.Equal("name", error.Field);
    }

    [Fact]
    public void Steps_must_be_an_array()
    {
        var error = Assert.Throws<RecipeException>(() => RecipeReader.Parse("""{ "name": "x", "steps": {} }""", "x.recipe.json"));

        Assert.Equal("steps", error.Field);
        Assert.Equal("Recipe 'x', field 'steps': must be an array of steps", error.Message);
    }

    [Fact]
    public void A_step_without_a_name_is_refused_with_its_index()
    {
        var error = Assert.Throws<RecipeException>(() => RecipeReader.Parse(
            """{ "name": "x", "steps": [ { "name": "feature" }, { "enable": [] } ] }""", "x.recipe.json"));

        Assert.Equal(1, error.StepIndex);
        Assert.Equal("name", error.Field);
    }
}
