using DanVan.Orchard.Data;
using DanVan.Orchard.Media;
using DanVan.Orchard.Tenancy;

namespace DanVan.Media.Recipes;

/// <summary>
/// Writes a recipe's media file so that a recipe rolled back takes it back too: a new file is deleted, a file it
/// overwrote gets its old content again. Files are not in the database transaction, hence the undo.
/// </summary>
public sealed class RecipeFileWriter(IMediaStore store, TenantContext tenant, ITenantTransaction unit)
{
    public async Task WriteAsync(string path, Stream content, CancellationToken cancellationToken)
    {
        var name = tenant.Settings.Name;
        if (!unit.IsActive)
        {
            await store.WriteAsync(name, path, content, cancellationToken);
            return;
        }

        if (content.CanSeek)
        {
            // Most recipe files are new (a tenant being set up or imported): one create-if-absent, nothing read first.
            var start = content.Position;
            if (await store.TryCreateAsync(name, path, content, cancellationToken))
            {
                unit.OnRollback(undoCancellation => store.DeleteAsync(name, path, undoCancellation));
                return;
            }

            content.Position = start;
        }

        var previous = await KeepPreviousAsync(name, path, cancellationToken);
        unit.OnRollback(async undoCancellation =>
        {
            if (previous is null)
            {
                await store.DeleteAsync(name, path, undoCancellation);
                return;
            }

            await using var old = File.OpenRead(previous);
            await store.WriteAsync(name, path, old, undoCancellation);
        });
        await store.WriteAsync(name, path, content, cancellationToken);
    }

    /// <summary>
    /// Copies the file about to be overwritten to a temporary file (deleted when the recipe ends), so a recipe
    /// overwriting many files holds none of them in memory; null when there is none.
    /// </summary>
    private async Task<string?> KeepPreviousAsync(string name, string path, CancellationToken cancellationToken)
    {
        await using var old = await store.OpenReadAsync(name, path, cancellationToken);
        if (old is null)
        {
            return null;
        }

        var copy = Path.Combine(Path.GetTempPath(), $"danvan-recipe-undo-{Guid.NewGuid():N}");
        unit.OnEnded(() => File.Delete(copy));
        await using var target = new FileStream(copy, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
        await old.CopyToAsync(target, cancellationToken);
        return copy;
    }
}
