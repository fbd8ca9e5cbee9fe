namespace DanVan.Orchard.Contents.Editors;

/// <summary>The model of a one-input field editor's view: the field and the input's text.</summary>
public sealed record FieldEditorModel(ContentFieldEditorContext Field, string Value);
