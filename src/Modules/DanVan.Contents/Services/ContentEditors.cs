using System.Text.Json.Nodes;
using DanVan.Orchard.Contents;
using DanVan.Orchard.Contents.Editors;
using DanVan.Orchard.Contents.Parts;

namespace DanVan.Contents.Services;

/// <summary>
/// The edit form of an item, made of the editors its parts and fields register, in the type's part order (each part's
/// editor, then its fields). Parts and fields without an editor have no inputs and keep what they store; those with
/// one keep what their editor does not write.
/// </summary>
public sealed class ContentEditors(ContentElementRegistry registry)
{
    public async Task<IReadOnlyList<ContentEditorShape>> BuildAsync(ContentEditorContext context, ContentDefinitionDocument definition, CancellationToken cancellationToken)
    {
        var shapes = new List<ContentEditorShape>();
        await VisitAsync(context, definition, cancellationToken: cancellationToken,
            part: async (editor, typePart) => shapes.Add(await editor.BuildEditorAsync(context, typePart, cancellationToken)),
            field: async (editor, field) =>
            {
                var shape = await editor.BuildEditorAsync(field, cancellationToken);
                shapes.Add(RequiredField.IsRequired(field) ? shape with { Hint = RequiredField.Hint(shape.Hint) } : shape);
            });
        return shapes;
    }

    /// <summary>Copies the posted values into the item; what is wrong is in <see cref="ContentEditorContext.Errors"/>.</summary>
    public Task ReadAsync(ContentEditorContext context, ContentDefinitionDocument definition, CancellationToken cancellationToken) =>
        VisitAsync(context, definition, cancellationToken: cancellationToken,
            part: (editor, typePart) => editor.ReadAsync(context, typePart, cancellationToken),
            field: async (editor, field) =>
            {
                var part = context.Item.Part(field.TypePart.Name) ?? [];
                var value = await editor.ReadAsync(field, cancellationToken);
                if (value is not null && RequiredField.IsRequired(field) && RequiredField.IsEmpty(value))
                {
                    value = field.Fail(RequiredField.Missing);
                }

                context.Item.Content[field.TypePart.Name] = part;
                if (value is not null)
                {
                    part[field.Field.Name] = Merged(value, part[field.Field.Name]);
                }
            });

    /// <summary>
    /// The posted value over the stored one: what the editor writes wins, what it does not know (Orchard's
    /// <c>TaxonomyContentItemId</c>, a LinkField's <c>Target</c>…) is kept, so saving in the admin never loses what a
    /// recipe or an import wrote.
    /// </summary>
    private static JsonObject Merged(JsonObject posted, JsonNode? stored)
    {
        if (stored is JsonObject previous)
        {
            foreach (var (name, node) in previous.Where(p => !posted.ContainsKey(p.Key)).ToList())
            {
                posted[name] = node?.DeepClone();
            }
        }

        return posted;
    }

    /// <summary>The form input that shows an error about the stored value at <paramref name="path"/> (<c>Part.Property</c>).</summary>
    public async Task<string> FormKeyAsync(string path, CancellationToken cancellationToken)
    {
        var elements = await registry.GetAsync(cancellationToken);
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? string.Empty : elements.PartEditor(path[..dot])?.FormKey ?? "f." + path;
    }

    private async Task VisitAsync(
        ContentEditorContext context, ContentDefinitionDocument definition,
        Func<IContentPartEditor, ContentTypePartDefinition, Task> part, Func<IContentFieldEditor, ContentFieldEditorContext, Task> field,
        CancellationToken cancellationToken)
    {
        var elements = await registry.GetAsync(cancellationToken);
        foreach (var typePart in context.Type.PartsInOrder())
        {
            if (elements.PartEditor(typePart.PartName) is { } partEditor)
            {
                await part(partEditor, typePart);
            }

            foreach (var fieldDefinition in definition.FindPart(typePart.PartName)?.FieldsInOrder() ?? [])
            {
                if (elements.FieldEditor(fieldDefinition.FieldName) is { } fieldEditor)
                {
                    await field(fieldEditor, new ContentFieldEditorContext(context, typePart, fieldDefinition));
                }
            }
        }
    }
}
