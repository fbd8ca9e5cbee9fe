using System.Text.Json.Nodes;
using DanVan.Media.Services;
using DanVan.Orchard.Media;
using DanVan.Orchard.Recipes;
using Microsoft.Extensions.Options;

namespace DanVan.Media.Recipes;

/// <summary>
/// <c>{"name":"MediaLibrary","Files":[{"Path":"anh/a.jpg","SourcePath":"media/anh/a.jpg","Alt","Caption","Owner"}]}</c>
/// (what an export writes): each file beside the recipe, held to the upload rules (<see cref="MediaUploadRules"/>),
/// written through the media store (disk or Azure) with its alt text, caption and owner.
/// </summary>
public sealed class MediaLibraryStep(RecipeFileWriter writer, MediaLibrary library, IOptions<MediaOptions> options) : IRecipeStepHandler
{
    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Step["Files"] is not JsonArray files)
        {
            throw context.Error("Files", "must be an array of files");
        }

        var folder = Path.GetDirectoryName(context.Recipe.FilePath) ?? throw context.Error("Files", "the recipe has no folder for its files");
        var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        var info = new Dictionary<string, MediaInfo>();
        for (var i = 0; i < files.Count; i++)
        {
            var where = $"Files[{i}]";
            var file = files[i] as JsonObject ?? throw context.Error(where, "a file must be an object");
            string path;
            try
            {
                path = MediaPath.Normalize(Text(file, "Path"));
            }
            catch (MediaPathException e)
            {
                throw context.Error($"{where}.Path", e.Message);
            }

            if (path.Length == 0 || MediaLibrary.IsSystemPath(path))
            {
                throw context.Error($"{where}.Path", path.Length == 0 ? "is required" : MediaLibrary.VariantsRefusal);
            }

            var source = Path.GetFullPath(Path.Combine(root, Text(file, "SourcePath") ?? string.Empty));
            if (!source.StartsWith(root, StringComparison.Ordinal) || !File.Exists(source))
            {
                throw context.Error($"{where}.SourcePath", $"'{Text(file, "SourcePath")}' is not a file beside the recipe");
            }

            await using (var content = File.OpenRead(source))
            {
                if (MediaUploadRules.Refusal(content, path, options.Value) is { } refusal)
                {
                    throw context.Error(where, refusal);
                }

                await writer.WriteAsync(path, content, cancellationToken);
            }

            if (Text(file, "Alt") is not null || Text(file, "Caption") is not null || Text(file, "Owner") is not null)
            {
                info[path] = new MediaInfo(Text(file, "Alt"), Text(file, "Caption"), Text(file, "Owner"));
            }
        }

        await library.AddInfoAsync(info, cancellationToken);
    }

    private static string? Text(JsonObject file, string property) =>
        file[property] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;
}
