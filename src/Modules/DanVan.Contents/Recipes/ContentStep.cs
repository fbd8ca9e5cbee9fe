using System.Text.Json.Nodes;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Recipes;

namespace DanVan.Contents.Recipes;

/// <summary><c>{"name":"content","data":[ content items in Orchard's shape ]}</c></summary>
public sealed class ContentStep(ContentManager contents) : IRecipeStepHandler
{
    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Step["data"] is not JsonArray data)
        {
            throw context.Error("data", "must be an array of content items");
        }

        for (var i = 0; i < data.Count; i++)
        {
            if (data[i] is not JsonObject json)
            {
                throw context.Error($"data[{i}]", "a content item must be an object");
            }

            try
            {
                await contents.ImportAsync(ContentItemJsonConverter.FromJson(json), cancellationToken);
            }
            catch (ContentFormatException e)
            {
                throw context.Error($"data[{i}].{e.Field}", e.Reason, e);
            }
        }
    }
}
