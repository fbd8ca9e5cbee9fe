using System.Text.Json.Nodes;
using DanVan.Contents.Services;
using DanVan.Orchard.Contents.Editors;
using DanVan.Orchard.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace DanVan.Contents.Fields.Boolean;

/// <summary>
/// A checkbox (posting "true" when checked). The Page type's “Hiện trên menu” puts the page on the main menu, which
/// only those who may manage the menu (ManageSettings) may change: for others it is shown as it is, not posted, and
/// the stored value is kept.
/// </summary>
public sealed class BooleanFieldEditor(IHttpContextAccessor http, IAuthorizationService authorization) : IContentFieldEditor
{
    private const string ViewName = "~/Fields/Boolean/BooleanField.Edit.cshtml";
    private const string LockedViewName = "~/Fields/Boolean/BooleanField.Locked.cshtml";

    public async Task<ContentEditorShape> BuildEditorAsync(ContentFieldEditorContext context, CancellationToken cancellationToken)
    {
        var value = context.Value?["Value"]?.GetValue<bool>() == true ? "true" : string.Empty;
        var view = await MayChangeAsync(context) ? ViewName : LockedViewName;
        return new ContentEditorShape(view, new FieldEditorModel(context, value), context.Name, context.Hint);
    }

    public async Task<JsonObject?> ReadAsync(ContentFieldEditorContext context, CancellationToken cancellationToken) =>
        await MayChangeAsync(context) ? new JsonObject { ["Value"] = context.Posted().Split(',').Contains("true") } : null;

    private async Task<bool> MayChangeAsync(ContentFieldEditorContext context) =>
        context.Field.Name != PageMenuEntries.FieldName
        || (http.HttpContext?.User is { } user && await authorization.HasPermissionAsync(user, AdminPermissions.ManageSettings));
}
