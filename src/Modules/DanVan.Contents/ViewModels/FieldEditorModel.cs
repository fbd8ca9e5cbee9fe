namespace DanVan.Contents.ViewModels;

/// <summary>One field on the edit form; <see cref="Key"/> (<c>Part.Field</c>) is the form input name after "f.".</summary>
public sealed record FieldEditorModel(string Key, string DisplayName, string FieldType, string Value, bool Multiline, string? Hint);
