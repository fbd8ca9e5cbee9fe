namespace DanVan.Orchard.Contents.Editors;

/// <summary>
/// One editor on an item's edit form: the partial view and its model. A field editor also names its input
/// (<see cref="FieldName"/>), so the form frames it with its hint and its error message.
/// </summary>
public sealed record ContentEditorShape(string ViewName, object Model, string? FieldName = null, string? Hint = null);
