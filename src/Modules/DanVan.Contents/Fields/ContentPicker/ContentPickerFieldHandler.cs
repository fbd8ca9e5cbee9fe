using DanVan.Orchard.Contents.Fields;

namespace DanVan.Contents.Fields.ContentPicker;

/// <summary>
/// ContentPickerField (Orchard's shape): <c>{ "ContentItemIds": ["…"] }</c>, one id unless the field is <c>Multiple</c>.
/// That the items exist is checked by the editor, not here: a recipe may point at an item it makes further on.
/// </summary>
public sealed class ContentPickerFieldHandler : IContentFieldHandler
{
    public Task NormalizeAsync(ContentFieldContext context, CancellationToken cancellationToken)
    {
        var reason = JsonShape.StringArray(context.Value, "ContentItemIds");
        if (reason is null && !ContentPickerSettings.Of(context.Settings(ContentPickerSettings.Name)).Multiple &&
            JsonShape.Strings(context.Value["ContentItemIds"]).Count() > 1)
        {
            reason = "'ContentItemIds' may hold one id: the field is not Multiple";
        }

        return reason is null ? Task.CompletedTask : throw context.Error(reason);
    }
}
