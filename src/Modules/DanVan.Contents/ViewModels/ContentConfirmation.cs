using System.Globalization;

namespace DanVan.Contents.ViewModels;

/// <summary>
/// The question asked before an action that takes an item off the site (unpublish, delete): <see cref="Question"/> has
/// "{0}" for the item's title. <see cref="Action"/> and <see cref="ReturnUrl"/> are filled in for the page.
/// </summary>
public sealed record ContentConfirmation(string Question, string Button, bool Danger, string Action = "", string ReturnUrl = "")
{
    public ContentConfirmation For(string title, string action, string returnUrl) =>
        this with { Question = string.Format(CultureInfo.InvariantCulture, Question, title), Action = action, ReturnUrl = returnUrl };
}
