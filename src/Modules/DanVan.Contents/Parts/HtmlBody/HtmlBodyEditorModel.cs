namespace DanVan.Contents.Parts.HtmlBody;

/// <summary>The body editor's view model: the HTML, and whether the type requires a body (<c>HtmlBodyPartSettings.Required</c>).</summary>
public sealed record HtmlBodyEditorModel(string Html, bool Required);
