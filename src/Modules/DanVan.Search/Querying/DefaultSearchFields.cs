using System.Text.Json.Nodes;
using DanVan.Orchard.Settings;
using DanVan.Search.Analysis;

namespace DanVan.Search.Querying;

/// <summary>
/// The text roles a reader's query looks in, from the site's <c>LuceneSettings.DefaultSearchFields</c> (kept by an
/// Orchard recipe's settings step): Orchard's index field names mapped to ours. None set, or none known, is every role.
/// </summary>
public static class DefaultSearchFields
{
    private static readonly Dictionary<string, string[]> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Content.ContentItem.FullText"] = SearchFields.TextRoles,
        ["ContentItem.FullText"] = SearchFields.TextRoles,
        ["FullText"] = SearchFields.TextRoles,
        ["TitlePart.Title"] = [SearchFields.Title],
        ["Content.ContentItem.DisplayText"] = [SearchFields.Title],
        ["ContentItem.DisplayText"] = [SearchFields.Title],
        ["DisplayText"] = [SearchFields.Title],
        ["Title"] = [SearchFields.Title],
        ["HtmlBodyPart"] = [SearchFields.Body],
        ["HtmlBodyPart.Html"] = [SearchFields.Body],
        ["BodyPart.Body"] = [SearchFields.Body],
        ["MarkdownBodyPart.Markdown"] = [SearchFields.Body],
        ["Body"] = [SearchFields.Body],
        ["Lead"] = [SearchFields.Lead],
        ["Summary"] = [SearchFields.Lead],
        ["TaxonomyField.Tags"] = [SearchFields.Tags],
        ["Tags"] = [SearchFields.Tags],
    };

    /// <summary>The roles to query; logs each name it does not know (and ignores it).</summary>
    public static IReadOnlyList<string> RolesOf(SiteSettings site, ILogger logger)
    {
        if (site.Properties["LuceneSettings"] is not JsonObject lucene || lucene["DefaultSearchFields"] is not JsonArray names || names.Count == 0)
        {
            return SearchFields.TextRoles;
        }

        var roles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in names)
        {
            var name = node is JsonValue value && value.TryGetValue<string>(out var text) ? text.Trim() : node?.ToJsonString() ?? "null";
            if (Known.TryGetValue(name, out var mapped))
            {
                roles.UnionWith(mapped);
            }
            else
            {
                SearchLog.UnknownSearchField(logger, name);
            }
        }

        // Keeps the roles' own order (title first), which the query's clauses follow.
        return roles.Count == 0 ? SearchFields.TextRoles : SearchFields.TextRoles.Where(roles.Contains).ToList();
    }
}
