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
        if (unit.IsActive)
        {
            // Recipe files are held to the upload size limit, so the previous content fits in memory.
            byte[]? previous = null;
            await using (var old = await store.OpenReadAsync(name, path, cancellationToken))
            {
                if (old is not null)
                {
                    using var copy = new MemoryStream();
                    await old.CopyToAsync(copy, cancellationToken);
                    previous = copy.ToArray();
                }
            }

            unit.OnRollback(async undoCancellation =>
            {
                if (previous is null)
                {
                    await store.DeleteAsync(name, path, undoCancellation);
                }
                else
                {
                    await store.WriteAsync(name, path, new MemoryStream(previous), undoCancellation);
                }
            });
        }

        await store.WriteAsync(name, path, content, cancellationToken);
    }
}
