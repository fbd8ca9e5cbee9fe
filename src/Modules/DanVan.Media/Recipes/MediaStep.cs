using System.Text.Json.Nodes;
using DanVan.Media.Services;
using DanVan.Orchard.Media;
using DanVan.Orchard.Recipes;
using Microsoft.Extensions.Options;

namespace DanVan.Media.Recipes;

/// <summary>
/// <c>{"name":"media","Files":[{"TargetPath":"anh/a.jpg","Base64":"…"} | {"TargetPath":…,"SourcePath":"media/a.jpg"}]}</c>
/// (Orchard's shape); SourcePath is beside the recipe or in a theme's wwwroot (<see cref="RecipeSourceFile"/>), never
/// elsewhere; Orchard's SourceUrl and a file found nowhere are refused (skipped with a warning when the recipe runs leniently). Images are held to the same
/// size limits as uploads (judged from their header), and nothing is written into the system's <c>_variants</c> folder.
/// </summary>
public sealed class MediaStep(RecipeFileWriter writer, RecipeSourceFile sources, IOptions<MediaOptions> options) : IRecipeStepHandler
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

            await using var content = Open(context, files[i]!, i);
            if (content is null)
            {
                // Orchard's theme recipes take their pictures from their own theme's wwwroot: not shipped here.
                context.SkipOrThrow($"Files[{i}].SourcePath", $"'{files[i]!["SourcePath"]}' is neither beside the recipe nor in a theme's wwwroot (an Orchard theme's file is not here)");
                continue;
            }

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

    /// <summary>The file's content, or null when its SourcePath is found nowhere (skipped leniently).</summary>
    private Stream? Open(RecipeStepContext context, JsonNode file, int index)
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
        try
        {
            return sources.Open(Path.GetDirectoryName(context.Recipe.FilePath), source);
        }
        catch (ArgumentException e)
        {
            // Never skipped, even leniently: a recipe reaching for other files is a mistake or an attack.
            throw context.Error($"Files[{index}].SourcePath", e.Message);
        }
    }
}
