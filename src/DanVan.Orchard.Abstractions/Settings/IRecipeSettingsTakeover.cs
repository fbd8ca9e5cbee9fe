using System.Text.Json.Nodes;

namespace DanVan.Orchard.Settings;

/// <summary>
/// Moves a settings group a recipe's <c>Settings</c> step left in the site settings (Orchard's <c>SmtpSettings</c>,
/// <c>ReCaptchaSettings</c>) into the module's own document, once. Readers that arrive together (the first two
/// visitors, the sender and an admin page) do not race: one takes it over, the others read the result.
/// </summary>
public interface IRecipeSettingsTakeover
{
    /// <summary>
    /// When the site settings hold <paramref name="group"/>: has <paramref name="save"/> store it as the module's
    /// document <paramref name="documentId"/>, then removes the group. Another node doing the same at the same moment
    /// loses on the documents' version; its cached copies are dropped so the winner's result is read.
    /// </summary>
    Task TakeOverAsync(string group, string documentId, Func<JsonObject, CancellationToken, Task> save, CancellationToken cancellationToken);
}
