using System.Text;
using System.Text.Json.Nodes;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Contents.Parts;
using DanVan.Orchard.Data;
using DanVan.Orchard.Text;
using DanVan.Search.Analysis;
using Lucene.Net.Documents;

namespace DanVan.Search.Indexing;

/// <summary>
/// Makes the search document of a published item from what its parts and fields give (<see cref="ContentIndexText"/>):
/// title, lead, body and tags each three times (exact, folded, syllable pairs), the category, type and date for
/// filters and sorting, and the stored values the results page shows.
/// </summary>
public sealed class SearchDocumentBuilder(ContentIndexText indexText, ContentDefinitionManager definitions, IDocumentStore documents)
{
    /// <summary>The longest body kept for snippets; the whole body is indexed.</summary>
    private const int StoredBodyLength = 20_000;

    public async Task<IndexedTypes> GetIndexedTypesAsync(CancellationToken cancellationToken)
    {
        var settings = await documents.GetAsync<SearchSettings>(SearchSettings.DocumentId, cancellationToken);
        var definition = await definitions.GetAsync(cancellationToken);
        var names = new HashSet<string>(settings.IndexedContentTypes, StringComparer.Ordinal);
        foreach (var type in definition.ContentTypes)
        {
            if (type.Settings[ContentIndexText.SettingsName]?["Included"] is JsonValue included && included.TryGetValue<bool>(out var on))
            {
                if (on)
                {
                    names.Add(type.Name);
                }
                else
                {
                    names.Remove(type.Name);
                }
            }
        }

        var displayNames = names.ToDictionary(n => n, n => definition.FindType(n)?.DisplayName is { Length: > 0 } d ? d : n, StringComparer.Ordinal);
        return new IndexedTypes(displayNames);
    }

    public async Task<Document> BuildAsync(ContentItem item, IndexedTypes types, CancellationToken cancellationToken)
    {
        var roles = SearchFields.TextRoles.ToDictionary(r => r, _ => new StringBuilder());
        string? category = null;
        foreach (var entry in await indexText.BuildEntriesAsync(item, cancellationToken))
        {
            var text = Normalize(entry.Text);
            switch (entry.Role)
            {
                case ContentIndexRole.Title:
                    roles[SearchFields.Title].AppendLine(text);
                    break;
                case ContentIndexRole.Lead:
                    roles[SearchFields.Lead].AppendLine(text);
                    break;
                case ContentIndexRole.Keywords:
                    roles[SearchFields.Tags].AppendLine(text);
                    break;
                case ContentIndexRole.Category:
                    category ??= text;
                    roles[SearchFields.Tags].AppendLine(text);
                    break;
                default:
                    roles[SearchFields.Body].AppendLine(text);
                    break;
            }
        }

        if (roles[SearchFields.Title].Length == 0 && !string.IsNullOrWhiteSpace(item.DisplayText))
        {
            roles[SearchFields.Title].Append(Normalize(item.DisplayText));
        }

        var document = new Document
        {
            new StringField(SearchFields.Id, item.ContentItemId, Field.Store.YES),
            new StringField(SearchFields.Type, item.ContentType, Field.Store.YES),
            new StoredField(SearchFields.TypeName, types.DisplayName(item.ContentType)),
            new StoredField(SearchFields.Url, AutoroutePart.Path(item) ?? string.Empty),
        };

        var date = (item.PublishedUtc ?? item.ModifiedUtc ?? item.CreatedUtc ?? DateTime.UtcNow).Ticks;
        document.Add(new Int64Field(SearchFields.Date, date, Field.Store.YES));
        document.Add(new NumericDocValuesField(SearchFields.DateSort, date));
        if (!string.IsNullOrWhiteSpace(category))
        {
            document.Add(new StringField(SearchFields.Category, Slugifier.Slugify(category), Field.Store.NO));
            document.Add(new StoredField(SearchFields.CategoryName, category.Trim()));
            document.Add(new StringField(SearchFields.CategoryFacet, Slugifier.Slugify(category) + "\t" + category.Trim(), Field.Store.NO));
        }

        foreach (var (role, builder) in roles)
        {
            var text = builder.ToString().Trim();
            if (text.Length == 0)
            {
                continue;
            }

            document.Add(new TextField(role + SearchFields.ExactSuffix, text, Field.Store.NO));
            document.Add(new TextField(role + SearchFields.FoldedSuffix, text, Field.Store.NO));
            document.Add(new TextField(role + SearchFields.ShinglesSuffix, text, Field.Store.NO));
            if (role != SearchFields.Tags)
            {
                document.Add(new StoredField(role, role == SearchFields.Body && text.Length > StoredBodyLength ? Cut(text, StoredBodyLength) : text));
            }
        }

        return document;
    }

    private static string Normalize(string text)
    {
        text = TextNormalizer.Nfc(text);
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>At most <paramref name="length"/> characters, ending before a space so no word is cut.</summary>
    private static string Cut(string text, int length)
    {
        var space = text.LastIndexOf(' ', length);
        return text[..(space > 0 ? space : length)];
    }
}
