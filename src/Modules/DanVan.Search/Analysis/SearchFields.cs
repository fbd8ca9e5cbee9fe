namespace DanVan.Search.Analysis;

/// <summary>
/// The fields of a search document. Each text role (title, lead, body, tags) is indexed three times: exact
/// (<c>_x</c>, diacritics kept), folded (<c>_f</c>) and folded syllable pairs (<c>_s</c>).
/// </summary>
public static class SearchFields
{
    public const string Id = "id";
    public const string Type = "type";
    public const string TypeName = "type_name";
    public const string Category = "category";
    public const string CategoryName = "category_name";

    /// <summary>"slug\tName" of the category, to list the categories a filter can offer.</summary>
    public const string CategoryFacet = "category_facet";
    public const string Date = "date";
    public const string DateSort = "date_sort";
    public const string Url = "url";
    public const string Title = "title";
    public const string Lead = "lead";
    public const string Body = "body";
    public const string Tags = "tags";

    /// <summary>The field highlighting analyses stored text under (folded, like the query's terms).</summary>
    public const string Highlight = "hl";

    public const string ExactSuffix = "_x";
    public const string FoldedSuffix = "_f";
    public const string ShinglesSuffix = "_s";

    /// <summary>The text roles, each indexed as <c>role_x</c>, <c>role_f</c>, <c>role_s</c>.</summary>
    public static readonly string[] TextRoles = [Title, Lead, Body, Tags];

    public static bool IsExact(string field) => field.EndsWith(ExactSuffix, StringComparison.Ordinal);

    public static bool IsShingles(string field) => field.EndsWith(ShinglesSuffix, StringComparison.Ordinal);
}
