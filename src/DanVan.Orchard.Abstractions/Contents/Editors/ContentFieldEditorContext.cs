using System.Text.Json.Nodes;

namespace DanVan.Orchard.Contents.Editors;

/// <summary>One field on the edit form: its definition, its stored value and the names of its inputs.</summary>
public sealed class ContentFieldEditorContext(ContentEditorContext editor, ContentTypePartDefinition typePart, ContentPartFieldDefinition field)
{
    public ContentEditorContext Editor { get; } = editor;

    public ContentTypePartDefinition TypePart { get; } = typePart;

    public ContentPartFieldDefinition Field { get; } = field;

    /// <summary>The form input's name (<c>f.Part.Field</c>); inputs of a field with several add a suffix (<c>f.Part.Field.Url</c>).</summary>
    public string Name => $"f.{TypePart.Name}.{Field.Name}";

    /// <summary>The input's element id.</summary>
    public string Id => Name.Replace('.', '_');

    public string DisplayName => FieldSettings?["DisplayName"]?.GetValue<string>() ?? Field.Name;

    /// <summary>The hint the definition gives, or null.</summary>
    public string? Hint => FieldSettings?["Hint"]?.GetValue<string>();

    /// <summary>The stored value, or null.</summary>
    public JsonObject? Value => Editor.Item.Field(TypePart.Name, Field.Name);

    /// <summary>The settings every field has (<c>ContentPartFieldSettings</c>: DisplayName, Position, Editor, Hint).</summary>
    public JsonNode? FieldSettings => Field.Settings["ContentPartFieldSettings"];

    /// <summary>A setting of the field type, e.g. <c>Settings("ContentPickerFieldSettings")</c>.</summary>
    public JsonNode? Settings(string name) => Field.Settings[name];

    /// <summary>The posted value of the input named <see cref="Name"/> plus <paramref name="suffix"/>.</summary>
    public string Posted(string suffix = "") => Editor.Posted(Name + suffix);

    /// <summary>Adds “DisplayName: message” as the field's error; returns null for <see cref="IContentFieldEditor.ReadAsync"/> to return.</summary>
    public JsonObject? Fail(string message)
    {
        Editor.AddError(Name, $"{DisplayName}: {message}");
        return null;
    }
}
