using DanVan.Orchard.Display;
using DanVan.Orchard.Modules;
using DanVan.Orchard.Recipes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace DanVan.Orchard.Tests.Recipes;

public sealed class RecipeExecutorTests
{
    private sealed class NoopStep : IRecipeStepHandler
    {
        public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private readonly RecipeExecutor _executor = new(
        [new RecipeStepDescriptor("Feature", typeof(NoopStep)), new RecipeStepDescriptor("Content", typeof(NoopStep))],
        new ConfigurationBuilder().Build(),
        new FeatureCatalog([]),
        new ThemeCatalog([]),
        NullLogger<RecipeExecutor>.Instance);

    [Fact]
    public void Step_names_are_matched_case_insensitively()
    {
        var recipe = RecipeReader.Parse("""{ "name": "x", "steps": [ { "name": "feature" }, { "name": "CONTENT", "data": [] } ] }""", "x");

        Assert.Equal(2, _executor.Validate(recipe).Steps.Count);
    }

    [Fact]
    public void Unknown_step_names_the_recipe_the_step_index_and_the_known_steps()
    {
        var recipe = RecipeReader.Parse("""{ "name": "broken", "steps": [ { "name": "feature" }, { "name": "lucene-index" } ] }""", "x");

        var error = Assert.Throws<RecipeException>(() => _executor.Validate(recipe));

        Assert.Equal("broken", error.Recipe);
        Assert.StartsWith("Recipe 'broken': 1 unknown item(s): step 1 (lucene-index): unknown step 'lucene-index'. Known steps: Content, Feature.", error.Message);
    }
}
