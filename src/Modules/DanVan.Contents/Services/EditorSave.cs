using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DanVan.Contents.Services;

/// <summary>
/// The edit form saved by the admin's script (fetch with <c>Accept: application/json</c>): it gets JSON instead of a
/// redirect or a page, so it stays on the editor — errors go next to their fields, and an expired sign-in (401 from the
/// cookie handler) is renewed in a dialog before the save is sent again. Without the script the form posts as usual.
/// </summary>
public static class EditorSave
{
    public static bool WantsJson(HttpRequest request) =>
        request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);

    /// <summary>Where the page goes next (the edit form, or the preview).</summary>
    public static object Saved(string redirect) => new { saved = true, redirect };

    /// <summary>Each error with the form input it belongs to ("" for the form as a whole).</summary>
    public static object Errors(ModelStateDictionary state) => new
    {
        saved = false,
        errors = state.SelectMany(entry => entry.Value!.Errors.Select(error => new { field = entry.Key, message = error.ErrorMessage })).ToList(),
    };
}
