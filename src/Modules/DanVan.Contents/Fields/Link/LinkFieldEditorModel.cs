using DanVan.Orchard.Contents.Editors;

namespace DanVan.Contents.Fields.Link;

public sealed record LinkFieldEditorModel(ContentFieldEditorContext Field, string Url, string Text);
