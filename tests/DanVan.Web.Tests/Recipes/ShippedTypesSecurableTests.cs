using System.Text.Json.Nodes;

namespace DanVan.Web.Tests.Recipes;

/// <summary>
/// Orchard's <c>Securable</c> (a permission per content type, e.g. who may view Pages) is not implemented: every
/// published item is public. The shipped types must not declare it, or an operator would believe Pages are restricted.
/// </summary>
public sealed class ShippedTypesSecurableTests
{
    [Fact]
    public void No_shipped_content_type_claims_to_be_securable()
    {
        var claimed = new List<string>();
        foreach (var file in Directory.EnumerateFiles(OrchardWebApplicationFactory.RepositoryFolder("recipes"), "*.recipe.json"))
        {
            var recipe = JsonNode.Parse(File.ReadAllText(file))!;
            foreach (var step in recipe["steps"]!.AsArray().Where(s => s?["name"]?.GetValue<string>() == "ContentDefinition"))
            {
                foreach (var type in step!["ContentTypes"]?.AsArray() ?? [])
                {
                    if (type?["Settings"]?["ContentTypeSettings"]?["Securable"]?.GetValue<bool>() == true)
                    {
                        claimed.Add($"{Path.GetFileName(file)}: {type["Name"]}");
                    }
                }
            }
        }

        Assert.Empty(claimed);
    }
}
