using DanVan.Orchard.Contents;
using DanVan.Orchard.Contents.Parts;
using DanVan.Orchard.Display;

namespace DanVan.Contents.Services;

/// <summary>
/// Published items whose type has a <c>BooleanField</c> named <c>ShowInMenu</c> (the Page type's “Hiện trên menu”) and
/// have it ticked go on the main menu, by title. Read when a page is rendered (public pages are output-cached and
/// refreshed on every publish, so this runs once per change, not per visit).
/// </summary>
public sealed class PageMenuEntries(IContentManager contents, ContentDefinitionManager definitions) : IMenuEntrySource
{
    public const string FieldName = "ShowInMenu";
    private const int MaxEntries = 20;

    public async Task<IReadOnlyList<MenuItem>> GetEntriesAsync(CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        var entries = new List<(MenuItem Item, DateTime? Published)>();
        foreach (var type in definition.ContentTypes)
        {
            var field = definition.FieldsOf(type).FirstOrDefault(f => f.Field.FieldName == "BooleanField" && f.Field.Name == FieldName);
            if (field.TypePart is null)
            {
                continue;
            }

            foreach (var item in await contents.ListPublishedAsync(type.Name, 0, MaxEntries * 5, cancellationToken))
            {
                if (item.Field(field.TypePart.Name, FieldName)?["Value"]?.GetValue<bool>() == true &&
                    AutoroutePart.Path(item) is { Length: > 0 } path)
                {
                    var title = TitlePart.TitleOrDisplayText(item);
                    entries.Add((new MenuItem(title.Length > MenuService.MaxTextLength ? title[..MenuService.MaxTextLength] : title, "~/" + path), item.PublishedUtc));
                }
            }
        }

        // Oldest first: a new page joins the end of the menu instead of moving the others.
        return entries.OrderBy(e => e.Published).Take(MaxEntries).Select(e => e.Item).ToList();
    }
}
