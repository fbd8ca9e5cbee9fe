namespace DanVan.Orchard.Contents.Parts;

/// <summary>
/// What a part's or field's words are to a search index, so it can weigh them: a title counts more than a lead, a lead
/// more than the body. A handler says what its words usually are; a definition can say otherwise with the part's or
/// field's <c>ContentIndexSettings</c> (<c>{ "Role": "Lead" }</c>, or <c>{ "Included": false }</c> to leave it out).
/// </summary>
public enum ContentIndexRole
{
    Text,
    Title,
    Lead,
    Body,
    Keywords,
    Category,
}
