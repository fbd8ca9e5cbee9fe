using DanVan.Orchard.Contents.Editors;

namespace DanVan.Contents.Fields.ContentPicker;

public sealed record ContentPickerOption(string ContentItemId, string Title, bool Selected);

public sealed record ContentPickerEditorModel(ContentFieldEditorContext Field, bool Multiple, IReadOnlyList<ContentPickerOption> Options);
