using System.Text.Json.Nodes;
using DanVan.Orchard.Recipes;
using DanVan.Orchard.Tenancy;

namespace DanVan.Web.Tests.Fuzz;

/// <summary>
/// The fuzz pass over recipes: the shipped district recipe and sample content, with values changed, removed or given
/// the wrong type, each run as a tenant's setup. A setup either succeeds or fails with a recipe error that names the
/// step, and leaves nothing behind; an error from deep inside (a null reference, a bad cast) is a failure.
/// </summary>
public sealed class RecipeFuzzTests(RecipeFuzzTests.Site site) : IClassFixture<RecipeFuzzTests.Site>
{
    private static readonly Type[] CarelessErrors =
    [
        typeof(NullReferenceException), typeof(InvalidCastException), typeof(IndexOutOfRangeException), typeof(KeyNotFoundException),
        typeof(ArgumentOutOfRangeException), typeof(FormatException), typeof(OverflowException),
    ];

    public sealed class Site : OrchardWebApplicationFactory, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            await Get<TenantSetupService>().SetupAsync("Default", SetupRequest("province-portal"), CancellationToken.None);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task Mutated_recipes_fail_with_a_recipe_error_and_leave_nothing_behind()
    {
        var district = JsonNode.Parse(File.ReadAllText(Path.Combine(site.Recipes, "district-board.recipe.json")))!.AsObject();
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(site.Recipes, "sample-content.recipe.json")))!.AsObject();
        foreach (var step in sample["steps"]!.AsArray())
        {
            district["steps"]!.AsArray().Add(step!.DeepClone());
        }

        foreach (var (key, value) in sample["variables"]?.AsObject().ToList() ?? [])
        {
            district["variables"]![key] = value?.DeepClone();
        }

        var values = new FuzzValues(9);
        var failures = new List<string>();
        var succeeded = 0;
        var clean = new List<string>();
        for (var i = 0; i < 100; i++)
        {
            var recipe = district.DeepClone().AsObject();
            var name = $"fuzz-{i}";
            recipe["name"] = name;
            var changes = new List<string>();
            for (var m = values.Next(3) + 1; m > 0; m--)
            {
                changes.Add(Mutate((JsonObject)recipe, values));
            }

            site.AddRecipe($"{name}.recipe.json", recipe.ToJsonString());
            var tenant = $"Fuzz{i}";
            try
            {
                await site.Get<TenantManager>().CreateAsync(new CreateTenantRequest(tenant, tenant, name, null, name), CancellationToken.None);
                await site.Get<TenantSetupService>().SetupAsync(tenant, OrchardWebApplicationFactory.SetupRequest(name), CancellationToken.None);
                succeeded++;
            }
            catch (Exception e) when (e is TenantSetupException or TenantValidationException or RecipeException)
            {
                clean.Add(e.Message);
                var careless = Chain(e).FirstOrDefault(x => CarelessErrors.Contains(x.GetType()));
                if (careless is not null || (e is TenantSetupException && e.InnerException is not RecipeException))
                {
                    failures.Add($"seed 9 iteration {i} ({string.Join("; ", changes)}): {e.Message} [{(careless ?? e.InnerException)?.GetType().Name}]");
                }

                var state = (await site.Get<TenantManager>().FindAsync(tenant, CancellationToken.None))?.State;
                if (e is TenantSetupException && (state != TenantState.Failed || Directory.Exists(Path.Combine(site.AppData, "Sites", tenant))))
                {
                    failures.Add($"seed 9 iteration {i}: a failed setup left the tenant {state} with its folder");
                }
            }
            catch (Exception e)
            {
                failures.Add($"seed 9 iteration {i} ({string.Join("; ", changes)}): {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of 100 mutated recipes failed badly:{Environment.NewLine}{string.Join(Environment.NewLine, failures.Take(15))}");
        Assert.True(succeeded > 0, "no mutated recipe ran, so only the first steps were tested; errors were:" + Environment.NewLine +
            string.Join(Environment.NewLine, clean.Take(10)));
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            yield return x;
        }
    }

    /// <summary>Replaces, removes or retypes one node of the recipe's steps; returns what it did, for the failure message.</summary>
    private static string Mutate(JsonObject recipe, FuzzValues values)
    {
        var nodes = new List<JsonNode>();
        Collect(recipe["steps"]!, nodes);
        var target = nodes[values.Next(nodes.Count)];
        var path = target.GetPath();
        JsonNode? replacement = values.Next(8) switch
        {
            0 => null,
            1 => JsonValue.Create(values.Next(int.MaxValue) - 1_000_000),
            2 => new JsonArray(JsonValue.Create(values.String(30)), JsonValue.Create(values.Chance(50))),
            3 => new JsonObject { ["x"] = values.String(30) },
            4 => JsonValue.Create(values.Chance(50)),
            5 => JsonValue.Create(-1.5e300),
            _ => JsonValue.Create(values.String(200)),
        };

        switch (target.Parent)
        {
            case JsonObject parent when values.Chance(25):
                parent.Remove(target.GetPropertyName());
                return $"removed {path}";
            case JsonObject parent:
                parent[target.GetPropertyName()] = replacement;
                break;
            case JsonArray array:
                array[target.GetElementIndex()] = replacement;
                break;
        }

        var shown = replacement?.ToJsonString() ?? "null";
        return $"{path} = {shown[..Math.Min(40, shown.Length)]}";
    }

    private static void Collect(JsonNode node, List<JsonNode> into)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj.ToList())
                {
                    if (child is not null)
                    {
                        into.Add(child);
                        Collect(child, into);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array.ToList())
                {
                    if (child is not null)
                    {
                        into.Add(child);
                        Collect(child, into);
                    }
                }

                break;
        }
    }
}
