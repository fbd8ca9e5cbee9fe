using System.Text.Json.Nodes;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Recipes;

namespace DanVan.Contents.Recipes;

/// <summary>
/// <c>{"name":"content","data":[ content items in Orchard's shape ]}</c>. An item without an <c>Owner</c> is owned by the
/// tenant's first administrator (the <c>AdminUserId</c> parameter): an ownerless item would be nobody's to edit as their
/// own, and must never be everybody's.
/// </summary>
public sealed class ContentStep(IContentManager contents) : IRecipeStepHandler
{
    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Step["data"] is not JsonArray data)
        {
            throw context.Error("data", "must be an array of content items");
        }

        var defaultOwner = context.Parameters.GetValueOrDefault("AdminUserId");
        for (var i = 0; i < data.Count; i++)
        {
            if (data[i] is not JsonObject json)
            {
                throw context.Error($"data[{i}]", "a content item must be an object");
            }

            try
            {
                await contents.ImportAsync(ContentItemJsonConverter.FromJson(json), defaultOwner, cancellationToken);
            }
            catch (ContentFormatException e)
            {
                throw context.Error($"data[{i}].{e.Field}", e.Reason, e);
            }
        }
    }
}
