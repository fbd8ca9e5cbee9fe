namespace DanVan.Orchard.Contents;

/// <summary>
/// The admin content list's text filter through a module's full-text index (the Search module). An index holds only
/// what readers see, so it answers for published items — in every indexed field, with or without diacritics — and the
/// list adds them to the items whose title contains the text as typed (drafts, unpublished and removed items).
/// </summary>
public interface IContentListTextSearch
{
    /// <summary>The ids of published items matching <paramref name="text"/>, best first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyCollection<string>> FindPublishedAsync(string text, int max, CancellationToken cancellationToken);
}
