using DanVan.Orchard.Recipes;
using Microsoft.Extensions.Configuration;

namespace DanVan.Orchard.Tests.Recipes;

public sealed class RecipeExecutorTests
{
    private sealed class NoopStep : IRecipeStepHandler
    {
        public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private readonly RecipeExecutor _executor = new(
        [new RecipeStepDescriptor("Feature", typeof(NoopStep)), new RecipeStepDescriptor("Content", typeof(NoopStep))],
        new ConfigurationBuilder().Build());

    [Fact]
    public void Step_names_are_matched_case_insensitively()
    {
        var recipe = RecipeReader.Parse("""{ "name": "x", "steps": [ { "name": "feature" }, { "name": "CONTENT", "data": [] } ] }""", "x");

        _executor.Validate(recipe);
    }

    [Fact]
    public void Unknown_step_names_the_recipe_the_step_index_and_the_known_steps()
    {
        var recipe = RecipeReader.Parse("""{ "name": "broken", "steps": [ { "name": "feature" }, { "name": "lucene-index" } ] }""", "x");

        var error = Assert.Throws<RecipeException>(() => _executor.Validate(recipe));

        Assert.Equal("broken", error.Recipe);
        Assert.Equal(1, error.StepIndex);
        Assert.Equal("Recipe 'broken', step 1 (lucene-index), field 'name': unknown step 'lucene-index'; known steps: Content, Feature", error.Message);
    }
}
