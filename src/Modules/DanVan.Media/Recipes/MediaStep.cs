using System.Text.Json.Nodes;
using DanVan.Orchard.Media;
using DanVan.Orchard.Recipes;
using DanVan.Orchard.Tenancy;

namespace DanVan.Media.Recipes;

/// <summary>
/// <c>{"name":"media","Files":[{"TargetPath":"anh/a.jpg","Base64":"…"} | {"TargetPath":…,"SourcePath":"media/a.jpg"}]}</c>
/// (Orchard's shape); SourcePath is relative to the recipe's folder and may not leave it.
/// </summary>
public sealed class MediaStep(IMediaStore store, TenantContext tenant) : IRecipeStepHandler
{
    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Step["Files"] is not JsonArray files)
        {
            throw context.Error("Files", "must be an array of files");
        }

        for (var i = 0; i < files.Count; i++)
        {
            string target;
            try
            {
                target = MediaPath.Normalize(files[i]?["TargetPath"]?.GetValue<string>());
            }
            catch (MediaPathException e)
            {
                throw context.Error($"Files[{i}].TargetPath", e.Message);
            }

            if (target.Length == 0)
            {
                throw context.Error($"Files[{i}].TargetPath", "is required");
            }

            await using var content = Open(context, files[i]!, i);
            await store.WriteAsync(tenant.Settings.Name, target, content, cancellationToken);
        }
    }

    private static Stream Open(RecipeStepContext context, JsonNode file, int index)
    {
        if (file["Base64"]?.GetValue<string>() is { } base64)
        {
            try
            {
                return new MemoryStream(Convert.FromBase64String(base64));
            }
            catch (FormatException)
            {
                throw context.Error($"Files[{index}].Base64", "is not valid base64");
            }
        }

        var source = file["SourcePath"]?.GetValue<string>() ?? throw context.Error($"Files[{index}]", "needs Base64 or SourcePath");
        var folder = Path.GetDirectoryName(context.Recipe.FilePath) ?? throw context.Error($"Files[{index}].SourcePath", "the recipe has no folder");
        var full = Path.GetFullPath(Path.Combine(folder, source));
        if (!full.StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full))
        {
            throw context.Error($"Files[{index}].SourcePath", $"'{source}' is not a file beside the recipe");
        }

        return File.OpenRead(full);
    }
}
