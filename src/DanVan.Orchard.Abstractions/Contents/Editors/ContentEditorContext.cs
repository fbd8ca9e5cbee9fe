using DanVan.Orchard.Text;
using Microsoft.AspNetCore.Http;

namespace DanVan.Orchard.Contents.Editors;

/// <summary>
/// One edit form of an item: what editors build their inputs from and read the posted values into. Errors are keyed by
/// the form input they belong to, in Vietnamese, for the page to show next to it.
/// </summary>
public sealed class ContentEditorContext(ContentItem item, ContentTypeDefinition type, IFormCollection? form = null)
{
    private readonly List<KeyValuePair<string, string>> _errors = [];

    public ContentItem Item { get; } = item;

    public ContentTypeDefinition Type { get; } = type;

    public IFormCollection Form { get; } = form ?? FormCollection.Empty;

    public IReadOnlyList<KeyValuePair<string, string>> Errors => _errors;

    /// <summary>A posted value without the characters no text may hold (<see cref="SafeText.Strip"/>); empty when absent.</summary>
    public string Posted(string name) => SafeText.Strip(Form[name].ToString());

    public void AddError(string key, string message) => _errors.Add(new(key, message));
}
