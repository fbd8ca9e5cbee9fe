namespace DanVan.Orchard.Display;

/// <summary>
/// On an action of an admin controller that shows a page as readers will see it (a preview): the page renders in the
/// site theme's layout, not the admin one.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SiteLayoutAttribute : Attribute;
