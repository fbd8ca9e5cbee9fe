using System.Text.Json.Nodes;
using DanVan.Media.Services;
using DanVan.Orchard.Media;
using DanVan.Orchard.Recipes;
using DanVan.Orchard.Tenancy;
using Microsoft.Extensions.Options;

namespace DanVan.Media.Recipes;

/// <summary>
/// <c>{"name":"media","Files":[{"TargetPath":"anh/a.jpg","Base64":"…"} | {"TargetPath":…,"SourcePath":"media/a.jpg"}]}</c>
/// (Orchard's shape); SourcePath is relative to the recipe's folder and may not leave it; Orchard's SourceUrl and a
/// SourcePath out of the folder (its themes' "../wwwroot/…") are refused (skipped with a warning when the recipe runs leniently). Images are held to the same
/// size limits as uploads (judged from their header), and nothing is written into the system's <c>_variants</c> folder.
/// </summary>
public sealed class MediaStep(RecipeFileWriter writer, IOptions<MediaOptions> options) : IRecipeStepHandler
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

            if (MediaLibrary.IsSystemPath(target))
            {
                throw context.Error($"Files[{i}].TargetPath", MediaLibrary.VariantsRefusal);
            }

            if (files[i]!["SourceUrl"] is not null && files[i]!["Base64"] is null && files[i]!["SourcePath"] is null)
            {
                // A setup must not reach out to the network (the site works without one, and a URL could point inside it).
                context.SkipOrThrow($"Files[{i}].SourceUrl", "files are not downloaded here; put the file beside the recipe (SourcePath) or inline (Base64)");
                continue;
            }

            if (OutsideTheRecipe(context, files[i]!) is { } outside)
            {
                // Orchard's theme recipes take their pictures from the theme's wwwroot ("../wwwroot/img/…"); those files are not here.
                context.SkipOrThrow($"Files[{i}].SourcePath", $"'{outside}' is outside the recipe's folder (an Orchard theme's file is not here)");
                continue;
            }

            await using var content = Open(context, files[i]!, i);
            if (Refusal(content, target) is { } refusal)
            {
                throw context.Error($"Files[{i}]", refusal);
            }

            await writer.WriteAsync(target, content, cancellationToken);
        }
    }

    /// <summary>Why an image file is refused (over the size limits), or null; the stream is left at its start.</summary>
    private string? Refusal(Stream content, string target)
    {
        var head = new byte[16];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        if (MediaFileKind.Sniff(head.AsSpan(0, read)) is not { IsImage: true })
        {
            return null;
        }

        var size = ImageLimits.ReadSize(content);
        content.Position = 0;
        return size is { } known ? ImageLimits.Refusal(options.Value, known, target) : ImageLimits.Unreadable(target);
    }

    /// <summary>The SourcePath when it leads out of the recipe's folder, else null.</summary>
    private static string? OutsideTheRecipe(RecipeStepContext context, JsonNode file)
    {
        if (file["Base64"] is not null || file["SourcePath"] is not JsonValue value || !value.TryGetValue<string>(out var source) ||
            Path.GetDirectoryName(context.Recipe.FilePath) is not { } folder)
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(folder, source));
        return full.StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? null : source;
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
